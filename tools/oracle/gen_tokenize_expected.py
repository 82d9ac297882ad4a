#!/usr/bin/env python3
"""Expected outputs of `python3.13 -m tokenize [-e] FILE` for tests/tokenize_cli.test.mjs.

Run with CPython 3.13 from the repository root:

    python3.13 tools/oracle/gen_tokenize_expected.py

For every snippet tests/tokenize/*.py it runs `-m tokenize FILE` and `-m tokenize -e FILE` (from inside
tests/tokenize, so messages name the bare file) and, for snippets listed in STDIN_CASES, the same with
the file on standard input; it writes tests/tokenize/expected.json:
`{"NAME.py": {"plain": [status, stdout, stderr], "exact": [...], "stdin": [...]}}`.

With `--live`, it reads file paths (one per line) on standard input and prints, one JSON line per file,
`[path, {"plain": [...], "exact": [...]}]`, running tokenize.main() in this process: the test uses it to compare our
output with CPython's on the standard library when CPython 3.13 is installed.
"""

import contextlib
import io
import json
import subprocess
import sys
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SNIPPETS = ROOT / "tests" / "tokenize"
OUT = SNIPPETS / "expected.json"

# Snippets also tokenized from standard input (no ENCODING token, tokens printed before an error).
STDIN_CASES = {"basic.py", "crlf.py", "err_unterminated_string.py", "err_eof_paren.py", "nonascii.py", "fstrings.py"}


def run_in_process(args):
    """tokenize.main() with sys.argv[1:] = args: [status, stdout, stderr]."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.argv
    sys.argv = ["tokenize.py", *args]
    status = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                tokenize.main()
            except SystemExit as e:
                status = e.code if isinstance(e.code, int) else 1
            except Exception as e:  # main() re-raises unexpected errors after printing them
                err.write(f"{type(e).__name__}: {e}\n")
                status = 1
    finally:
        sys.argv = saved
    return [status, out.getvalue(), err.getvalue()]


def run_stdin(path):
    proc = subprocess.run(
        [sys.executable, "-m", "tokenize"],
        stdin=path.open("rb"),
        capture_output=True,
        env={"PYTHONIOENCODING": "utf-8", "PATH": "/usr/bin:/bin"},
    )
    return [proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")]


def live():
    for line in sys.stdin.read().splitlines():
        if line:
            entry = {"plain": run_in_process([line]), "exact": run_in_process(["-e", line])}
            sys.stdout.write(json.dumps([line, entry], ensure_ascii=False) + "\n")


def main():
    if sys.version_info[:2] != (3, 13):
        raise SystemExit("run this with CPython 3.13")
    if sys.argv[1:] == ["--live"]:
        live()
        return
    import os

    os.chdir(SNIPPETS)
    result = {}
    for path in sorted(SNIPPETS.glob("*.py")):
        name = path.name
        entry = {"plain": run_in_process([name]), "exact": run_in_process(["-e", name])}
        if name in STDIN_CASES:
            entry["stdin"] = run_stdin(path)
        result[name] = entry
    OUT.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(result)} snippets -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
