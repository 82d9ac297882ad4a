"""Regenerate the expected outputs of the parser corpus with CPython 3.13 (the oracle).

Usage (from anywhere; one command regenerates everything):

    $(pyenv root)/versions/3.13.0/bin/python3 tools/oracle/gen_parser_expected.py

For every snippet ``tests/parser/cases/**/NAME.py`` it writes beside it:

* valid snippets (CPython's *parser* accepts them; compiler-only errors such as ``return`` outside a
  function count as valid):
    - ``NAME.ast``: the exact stdout of ``python3.13 -m ast -a [-m MODE] tests/parser/cases/.../NAME.py``.
* invalid snippets (``compile(src, path, MODE, flags=PyCF_ONLY_AST | PyCF_TYPE_COMMENTS)`` raises):
    - ``NAME.err.json``: the exception's fields, ``{"type", "msg", "filename", "lineno", "offset",
      "end_lineno", "end_offset", "text"}`` (JSON ``null`` is Python's ``None``);
    - ``NAME.err``: ``traceback.format_exception_only`` of that exception, i.e. what ``python3.13
      NAME.py`` prints on stderr when the file's only problem is this syntax error (with the path as
      given: CPython prints the *absolute* path of a script, tests substitute it).
* snippets whose *script run* (``python3.13 NAME.py``, CPython's file tokenizer) does not print
  ``NAME.err``, e.g. encoding problems, which the file tokenizer reports differently from
  ``compile()``; also valid snippets that only the file tokenizer rejects (bytes that are not
  UTF-8 inside a comment):
    - ``NAME.run.err``: the exact stderr of the script run (absolute path replaced by the relative one);
    - ``NAME.run.json``: the fields of the exception the script run raised (captured by a
      ``sys.excepthook`` installed from a temporary ``sitecustomize``).
  Only snippets that cannot execute are ever run as scripts (they fail to compile).

The mode comes from the name: ``NAME.eval.py``, ``NAME.single.py``, ``NAME.func_type.py``, otherwise
``exec``. Snippets live in ``valid/`` or ``invalid/``; the script fails if CPython disagrees with the
folder. Stale expected files are removed. Paths are relative to the repository root (the script
chdirs there), so messages are stable.
"""

import ast
import json
import os
import subprocess
import sys
import tempfile
import tokenize
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CASES = Path("tests/parser/cases")
GENERATED_SUFFIXES = (".ast", ".err", ".err.json", ".run.err", ".run.json")
MODES = ("eval", "single", "func_type")

HOOK = r"""
import sys, json, os
def _tpython_oracle_hook(t, e, tb):
    out = os.environ.get("TP_EXC_OUT")
    if out and isinstance(e, SyntaxError):
        with open(out, "w", encoding="utf-8") as f:
            json.dump({"type": t.__name__, "msg": e.msg, "filename": e.filename, "lineno": e.lineno,
                       "offset": e.offset, "end_lineno": e.end_lineno, "end_offset": e.end_offset,
                       "text": e.text}, f)
    sys.__excepthook__(t, e, tb)
sys.excepthook = _tpython_oracle_hook
"""


def mode_of(path: Path) -> str:
    stem = path.name[: -len(".py")]
    for mode in MODES:
        if stem.endswith("." + mode):
            return mode
    return "exec"


def base_of(path: Path) -> str:
    """tests/parser/cases/x/NAME.py -> tests/parser/cases/x/NAME (expected files are BASE + suffix)."""
    return str(path)[: -len(".py")]


def write(path: str, data: bytes) -> None:
    p = Path(path)
    if p.exists() and p.read_bytes() == data:
        return
    p.write_bytes(data)


def to_json(obj) -> bytes:
    try:
        text = json.dumps(obj, indent=2, ensure_ascii=False)
        return (text + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(obj, indent=2, ensure_ascii=True) + "\n").encode("ascii")


def fields(e: SyntaxError) -> dict:
    return {
        "type": type(e).__name__,
        "msg": e.msg,
        "filename": e.filename,
        "lineno": e.lineno,
        "offset": e.offset,
        "end_lineno": e.end_lineno,
        "end_offset": e.end_offset,
        "text": e.text,
    }


def file_tokenizer_may_reject(src: bytes) -> bool:
    """True when CPython's file tokenizer (script run) may fail where compile(bytes) succeeds."""
    if b"\0" in src:
        return True
    try:
        encoding, _ = tokenize.detect_encoding(iter(src.splitlines(keepends=True)).__next__)
        src.decode(encoding)
    except (SyntaxError, UnicodeDecodeError, LookupError):
        return True
    return False


def compiles_without_type_comments(src: bytes, rel: str) -> bool:
    """Type comments only exist for `ast.parse(type_comments=True)`: a script run ignores them, so a
    snippet that is only invalid because of a misplaced type comment would *execute* as a script."""
    try:
        compile(src, rel, "exec", flags=ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError:
        return False
    return True


def script_run(rel: str, hook_dir: str):
    """Runs `python3.13 rel` (only for snippets that cannot compile); returns (stderr, exc fields)."""
    out = os.path.join(hook_dir, "exc.json")
    if os.path.exists(out):
        os.unlink(out)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONPATH=hook_dir, PYTHONIOENCODING="utf-8", TP_EXC_OUT=out, PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.run(
        [sys.executable, "-s", rel], cwd=ROOT, env=env, capture_output=True, timeout=60, stdin=subprocess.DEVNULL
    )
    absolute = str(ROOT / rel)
    stderr = proc.stderr.decode("utf-8", "surrogateescape").replace(absolute, rel)
    exc = None
    if os.path.exists(out):
        with open(out, encoding="utf-8") as f:
            exc = json.load(f)
        for key in ("filename", "msg"):
            if isinstance(exc.get(key), str):
                exc[key] = exc[key].replace(absolute, rel)
    return proc.returncode, proc.stdout, stderr, exc


def main() -> int:
    if sys.version_info[:2] != (3, 13):
        print(f"run this with CPython 3.13, not {sys.version.split()[0]}", file=sys.stderr)
        return 2
    os.chdir(ROOT)
    snippets = sorted(CASES.rglob("*.py"))
    problems = []
    counts = {"valid": 0, "invalid": 0, "run": 0}
    expected_files = set()
    with tempfile.TemporaryDirectory() as hook_dir:
        Path(hook_dir, "sitecustomize.py").write_text(HOOK)
        for path in snippets:
            rel = str(path)
            base = base_of(path)
            mode = mode_of(path)
            folder = path.relative_to(CASES).parts[0]
            src = path.read_bytes()
            try:
                compile(src, rel, mode, flags=ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS, dont_inherit=True)
                exc = None
            except SyntaxError as e:
                exc = e
            except (ValueError, MemoryError, RecursionError) as e:  # not a SyntaxError: report it
                problems.append(f"{rel}: compile raised {type(e).__name__}: {e}")
                continue

            if exc is None:
                if folder != "valid":
                    problems.append(f"{rel}: CPython accepts it but it is under {folder}/")
                cmd = [sys.executable, "-m", "ast", "-a"] + (["-m", mode] if mode != "exec" else []) + [rel]
                proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
                if proc.returncode != 0:
                    problems.append(f"{rel}: python -m ast failed: {proc.stderr.decode(errors='replace')[-300:]}")
                    continue
                write(base + ".ast", proc.stdout)
                expected_files.add(base + ".ast")
                counts["valid"] += 1
                if mode == "exec" and file_tokenizer_may_reject(src):
                    # Safe to run: the bytes do not decode, so the file tokenizer most likely stops
                    # before anything executes (and corpus snippets have no side effects anyway).
                    rc, out, stderr, run_exc = script_run(rel, hook_dir)
                    if run_exc is None:
                        if rc != 0 or out or stderr:
                            problems.append(f"{rel}: unexpected script-run result (rc={rc}): {stderr[-300:]}")
                    else:
                        write(base + ".run.err", stderr.encode("utf-8", "surrogateescape"))
                        write(base + ".run.json", to_json(run_exc))
                        expected_files.update([base + ".run.err", base + ".run.json"])
                        counts["run"] += 1
                continue

            if folder != "invalid":
                problems.append(f"{rel}: CPython rejects it ({type(exc).__name__}: {exc.msg}) but it is under {folder}/")
            printed = "".join(traceback.format_exception_only(exc))
            write(base + ".err.json", to_json(fields(exc)))
            write(base + ".err", printed.encode("utf-8", "surrogateescape"))
            expected_files.update([base + ".err", base + ".err.json"])
            counts["invalid"] += 1
            if mode == "exec" and not compiles_without_type_comments(src, rel):
                rc, out, stderr, run_exc = script_run(rel, hook_dir)
                if rc == 0 or out:
                    problems.append(f"{rel}: the script run executed it (rc={rc})")
                elif stderr != printed:
                    write(base + ".run.err", stderr.encode("utf-8", "surrogateescape"))
                    write(base + ".run.json", to_json(run_exc))
                    expected_files.update([base + ".run.err", base + ".run.json"])
                    counts["run"] += 1

    # Remove expected files of snippets that are gone or changed kind.
    removed = 0
    for p in sorted(CASES.rglob("*")):
        name = str(p)
        if p.is_file() and name.endswith(GENERATED_SUFFIXES) and name not in expected_files:
            p.unlink()
            removed += 1

    print(
        f"{len(snippets)} snippets: {counts['valid']} valid (.ast), {counts['invalid']} invalid (.err/.err.json), "
        f"{counts['run']} with a different script-run output (.run.err/.run.json); {removed} stale files removed"
    )
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
