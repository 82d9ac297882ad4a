#!/usr/bin/env python3
"""Oracle for tests/traceback.test.mjs (run with CPython 3.13):

    $(pyenv root)/versions/3.13.0/bin/python3 tools/oracle/gen_traceback_expected.py [FILTER]

Runs every program tests/traceback/cases/<name>.py (names starting with "_" are helper modules) and writes
tests/traceback/expected/<name>.json = {"returncode", "stderr", "stdout"}: what CPython prints for
uncaught exceptions (tracebacks with position markers, chains, exception groups, suggestions, ...).

The programs run exactly as the conformance suite runs its cases (tools/oracle/gen_conformance_expected.py,
tests/conformance/harness.mjs): cwd = tests/traceback/cases, arguments [<name>.py] unless a leading
`# conformance: args=[...]` comment says otherwise, `# conformance: stdin="..."` for standard input,
environment without PYTHON* variables plus PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8, and the real path
of the cases directory written as {CASE_DIR}.
"""

import json
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BASE = os.path.join(ROOT, "tests", "traceback")
CASES = os.path.join(BASE, "cases")
EXPECTED = os.path.join(BASE, "expected")
PLACEHOLDER = "{CASE_DIR}"
DIRECTIVE = "# conformance:"


def directives(path):
    out = {}
    with open(path, encoding="utf-8") as fp:
        for line in fp:
            line = line.strip()
            if not line.startswith("#"):
                break
            if line.startswith(DIRECTIVE):
                key, _, value = line[len(DIRECTIVE) :].strip().partition("=")
                out[key.strip()] = json.loads(value)
    return out


def main():
    if sys.version_info[:2] != (3, 13):
        raise SystemExit("run this with CPython 3.13")
    filt = sys.argv[1] if len(sys.argv) > 1 else None
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON") and k not in ("FORCE_COLOR", "NO_COLOR")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    real = os.path.realpath(CASES)
    os.makedirs(EXPECTED, exist_ok=True)
    names = sorted(f[:-3] for f in os.listdir(CASES) if f.endswith(".py") and not f.startswith("_"))
    count = 0
    for name in names:
        if filt and filt not in name:
            continue
        d = directives(os.path.join(CASES, name + ".py"))
        stdin = d.get("stdin")
        r = subprocess.run(
            [sys.executable, *d.get("args", [name + ".py"])],
            cwd=CASES,
            env={**env, **d.get("env", {})},
            input=stdin.encode("utf-8") if stdin is not None else None,
            stdin=subprocess.DEVNULL if stdin is None else None,
            capture_output=True,
            timeout=20,
        )
        result = {
            "returncode": r.returncode,
            "stderr": r.stderr.decode("utf-8").replace(real, PLACEHOLDER),
            "stdout": r.stdout.decode("utf-8").replace(real, PLACEHOLDER),
        }
        with open(os.path.join(EXPECTED, name + ".json"), "w", encoding="utf-8", newline="\n") as fp:
            fp.write(json.dumps(result, sort_keys=True, indent=1, ensure_ascii=False) + "\n")
        count += 1
    shutil.rmtree(os.path.join(CASES, "__pycache__"), ignore_errors=True)
    if not filt:
        for f in os.listdir(EXPECTED):
            if f.endswith(".json") and f[:-5] not in names:
                os.remove(os.path.join(EXPECTED, f))
    print(f"{count} expected files written to {os.path.relpath(EXPECTED, ROOT)}")


if __name__ == "__main__":
    main()
