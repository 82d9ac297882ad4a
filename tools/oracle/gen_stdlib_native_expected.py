"""Oracle for the native stdlib module tests (math, time, itertools, functools, operator), run with
CPython 3.13:

    $(pyenv root)/versions/3.13.0/bin/python3 tools/oracle/gen_stdlib_native_expected.py [FILTER]

Writes tests/stdlib_native/expected.json: {"<name>": {"returncode", "stderr", "stdout"}} for every program
tests/stdlib_native/<name>.py (names not starting with "_"), sorted keys, indent 1, trailing newline. With
FILTER, only the programs whose name contains it are run again; the other entries are kept. Entries of
programs that no longer exist are dropped.

How a program runs (tests/stdlib_native.test.mjs does exactly the same with `node bin/tpython.js`):
  * cwd = tests/stdlib_native, command = INTERPRETER <name>.py, stdin empty, timeout 60 s.
  * Environment: this process's environment without PYTHON* variables (nor FORCE_COLOR / NO_COLOR), plus
    PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, TZ=UTC, plus the program's directive
    `# stdlib_native: env={"TZ": "Europe/Paris"}` (JSON, in the comment lines at the top of the file).
  * The absolute path of tests/stdlib_native is written as {CASE_DIR} in stdout and stderr (CPython prints
    absolute script paths in tracebacks).
"""

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CASES = os.path.join(ROOT, "tests", "stdlib_native")
EXPECTED = os.path.join(CASES, "expected.json")
PLACEHOLDER = "{CASE_DIR}"
DIRECTIVE = "# stdlib_native:"
TIMEOUT = 60


def directives(path):
    found = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line.startswith("#"):
                break
            if not line.startswith(DIRECTIVE):
                continue
            key, _, value = line[len(DIRECTIVE):].strip().partition("=")
            if key.strip() != "env":
                raise SystemExit(f"{path}: unknown directive {line!r}")
            found[key.strip()] = json.loads(value)
    return found


def child_env(extra):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PYTHON") and k not in ("FORCE_COLOR", "NO_COLOR")}
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", TZ="UTC")
    env.update(extra)
    return env


def run(name):
    path = os.path.join(CASES, name + ".py")
    d = directives(path)
    p = subprocess.run([sys.executable, name + ".py"], cwd=CASES, env=child_env(d.get("env", {})),
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    real = os.path.realpath(CASES)

    def text(b):
        return b.decode("utf-8", "surrogateescape").replace(real, PLACEHOLDER)

    return name, {"returncode": p.returncode, "stdout": text(p.stdout), "stderr": text(p.stderr)}


def main():
    if sys.version_info[:2] != (3, 13):
        raise SystemExit("run with CPython 3.13")
    flt = sys.argv[1] if len(sys.argv) > 1 else None
    names = sorted(f[:-3] for f in os.listdir(CASES) if f.endswith(".py") and not f.startswith("_"))
    old = {}
    if flt is not None and os.path.exists(EXPECTED):
        with open(EXPECTED, encoding="utf-8") as f:
            old = json.load(f)
    todo = [n for n in names if flt is None or flt in n]
    with ThreadPoolExecutor(8) as ex:
        results = dict(ex.map(run, todo))
    data = {n: results.get(n, old.get(n)) for n in names if n in results or n in old}
    with open(EXPECTED, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(data)} expectations ({len(todo)} run) to {os.path.relpath(EXPECTED, ROOT)}")


if __name__ == "__main__":
    main()
