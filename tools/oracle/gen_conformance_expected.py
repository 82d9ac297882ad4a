"""Oracle for the "run Python programs" conformance suite (run with CPython 3.13):

    $(pyenv root)/versions/3.13.0/bin/python3 tools/oracle/gen_conformance_expected.py [FILTER]
        [--hashseed N] [--out DIR]

Writes tests/conformance/expected/<area>/<name>.json = {"returncode", "stderr", "stdout"} for every case
(sorted keys, indent 1, trailing newline). With FILTER, only cases whose "<area>/<name>" contains it are
run; the other expected files are left alone. Expected files of cases that no longer exist are deleted
(only on a full run). For the determinism check, --hashseed N runs the cases with PYTHONHASHSEED=N instead
of 0 and --out DIR writes the files under DIR instead; the outputs must not differ:

    python3.13 tools/oracle/gen_conformance_expected.py --hashseed 12345 --out /tmp/conf_seed
    diff -r tests/conformance/expected /tmp/conf_seed

Case discovery (tests/conformance/harness.mjs implements the same rules):
  * A case is a file directly in tests/conformance/cases/<area>/ whose name ends with ".py" and does not
    start with "_". Its id is "<area>/<name without .py>".
  * Anything else is a helper and never run by itself: files whose names start with "_" (e.g.
    cases/cli/_climod.py) and everything in subdirectories (e.g. the packages of cases/imports/). Helper
    packages of one area share the area directory, so each case names its helpers after itself.

How a case runs (the harness uses exactly the same convention for `node bin/tpython.js`):
  * cwd = the case's directory (cases/<area>), command = INTERPRETER + args, where args defaults to
    [<name>.py] (the file name relative to cwd).
  * Environment: this process's environment without any PYTHON* variable (nor FORCE_COLOR / NO_COLOR),
    plus PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8, plus whatever the case's env directive asks for.
  * stdin is empty (/dev/null) unless the case's stdin directive supplies text. Timeout 10 s.
  * Directives are comment lines at the top of the case (before the first line that is not a comment),
    each `# conformance: KEY=JSON`:
        # conformance: args=["-c", "print(1)"]      interpreter arguments instead of [<name>.py]
        # conformance: stdin="print(2)\\n"           text fed to standard input
        # conformance: env={"PYTHONPATH": "lib"}     extra environment variables
  * CPython prints the script's *absolute* path in tracebacks ("File "/.../cases/area/name.py", line 3"),
    and in __file__, module reprs, sys.path. So that the expected files do not depend on where the repository
    is checked out, the real absolute path of the case directory is replaced by the placeholder below in
    stdout and stderr; the harness substitutes it back before comparing byte for byte.

Running the cases writes __pycache__ directories next to imported helper modules; they are removed after
the run (they are also git-ignored by tests/conformance/.gitignore).
"""

import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CONF = os.path.join(ROOT, "tests", "conformance")
CASES = os.path.join(CONF, "cases")
EXPECTED = os.path.join(CONF, "expected")
PLACEHOLDER = "{CASE_DIR}"
TIMEOUT = 10
DIRECTIVE = "# conformance:"
KNOWN_KEYS = {"args", "stdin", "env"}


def discover():
    """[(case_id, area_dir, file_name)] sorted by id."""
    out = []
    for area in sorted(os.listdir(CASES)):
        adir = os.path.join(CASES, area)
        if area.startswith("_") or not os.path.isdir(adir):
            continue
        for f in sorted(os.listdir(adir)):
            if f.endswith(".py") and not f.startswith("_") and os.path.isfile(os.path.join(adir, f)):
                out.append((f"{area}/{f[:-3]}", adir, f))
    return out


def parse_directives(path):
    directives = {}
    with open(path, encoding="utf-8") as fp:
        for line in fp:
            line = line.strip()
            if not line.startswith("#"):
                break
            if not line.startswith(DIRECTIVE):
                continue
            body = line[len(DIRECTIVE) :].strip()
            key, sep, value = body.partition("=")
            key = key.strip()
            if not sep or key not in KNOWN_KEYS:
                raise SystemExit(f"{path}: bad directive {line!r}")
            directives[key] = json.loads(value)
    return directives


HASHSEED = "0"


def child_env(extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON") and k not in ("FORCE_COLOR", "NO_COLOR")}
    env["PYTHONHASHSEED"] = HASHSEED
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra)
    return env


def run_case(case):
    case_id, adir, fname = case
    d = parse_directives(os.path.join(adir, fname))
    args = d.get("args", [fname])
    stdin = d.get("stdin")
    try:
        r = subprocess.run(
            [sys.executable, *args],
            cwd=adir,
            env=child_env(d.get("env", {})),
            input=stdin.encode("utf-8") if stdin is not None else None,
            stdin=subprocess.DEVNULL if stdin is None else None,
            capture_output=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        raise SystemExit(f"{case_id}: timed out after {TIMEOUT} s (cases must be fast)")
    real = os.path.realpath(adir)

    def text(b):
        return b.decode("utf-8").replace(real, PLACEHOLDER)

    return case_id, {"returncode": r.returncode, "stderr": text(r.stderr), "stdout": text(r.stdout)}


def main():
    global HASHSEED, EXPECTED
    if sys.version_info[:2] != (3, 13):
        raise SystemExit("run this with CPython 3.13")
    argv = sys.argv[1:]
    filt = None
    while argv:
        a = argv.pop(0)
        if a == "--hashseed":
            HASHSEED = str(int(argv.pop(0)))
        elif a == "--out":
            EXPECTED = os.path.abspath(argv.pop(0))
        elif filt is None and not a.startswith("-"):
            filt = a
        else:
            raise SystemExit(__doc__)
    cases = [c for c in discover() if filt is None or filt in c[0]]
    before = {os.path.join(r, d) for r, ds, _ in os.walk(CASES) for d in ds if d == "__pycache__"}
    try:
        with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 1)) as pool:
            results = list(pool.map(run_case, cases))
    finally:
        for r, ds, _ in os.walk(CASES):
            for d in ds:
                p = os.path.join(r, d)
                if d == "__pycache__" and p not in before:
                    shutil.rmtree(p, ignore_errors=True)
    written = set()
    for case_id, result in results:
        out = os.path.join(EXPECTED, *case_id.split("/")) + ".json"
        os.makedirs(os.path.dirname(out), exist_ok=True)
        data = json.dumps(result, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
        with open(out, "w", encoding="utf-8", newline="\n") as fp:
            fp.write(data)
        written.add(os.path.normpath(out))
    if filt is None and os.path.isdir(EXPECTED):
        for r, _, fs in os.walk(EXPECTED):
            for f in fs:
                p = os.path.normpath(os.path.join(r, f))
                if p not in written:
                    os.remove(p)
    print(f"{len(results)} cases written to {os.path.relpath(EXPECTED, ROOT)}")


if __name__ == "__main__":
    main()
