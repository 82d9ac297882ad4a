"""CPython side of bench/parse_throughput.mjs: times ast.parse(src, path, type_comments=True).

Reads a JSON list of file paths on the first stdin line, loads them as bytes, warms up (one full pass,
which also finds the files CPython cannot parse; they are excluded), then prints a "ready" JSON line.

Each further stdin line "rep" runs one timed pass over the corpus and prints {"rep_ms": ...}; "quit"
(or EOF) prints {"times_ms": [...]} and exits. This lets the Node runner interleave repetitions.

Standalone use: python3 bench/parse_throughput_cpython.py --reps 5 FILE...  prints one JSON object.
"""

import ast
import gc
import json
import platform
import sys
import time


def load(paths):
    return [(p, open(p, "rb").read()) for p in paths]


def one_pass(files):
    t0 = time.perf_counter()
    for path, src in files:
        ast.parse(src, path, type_comments=True)
    return (time.perf_counter() - t0) * 1000.0


def warm_up(files):
    ok, skipped = [], []
    for path, src in files:
        try:
            ast.parse(src, path, type_comments=True)
            ok.append((path, src))
        except (SyntaxError, ValueError) as e:
            skipped.append({"path": path, "error": f"{type(e).__name__}: {e}"})
    return ok, skipped


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def info(files, skipped):
    return {
        "version": platform.python_version(),
        "implementation": platform.python_implementation(),
        "files": len(files),
        "bytes": sum(len(s) for _, s in files),
        "skipped": skipped,
    }


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--reps":
        reps = int(sys.argv[2])
        files, skipped = warm_up(load(sys.argv[3:]))
        gc.collect()
        emit({**info(files, skipped), "times_ms": [one_pass(files) for _ in range(reps)]})
        return
    paths = json.loads(sys.stdin.readline())
    files, skipped = warm_up(load(paths))
    gc.collect()
    emit({"ready": True, **info(files, skipped)})
    times = []
    for line in sys.stdin:
        cmd = line.strip()
        if cmd == "rep":
            ms = one_pass(files)
            times.append(ms)
            emit({"rep_ms": ms})
        elif cmd == "quit":
            break
    emit({"times_ms": times})


if __name__ == "__main__":
    main()
