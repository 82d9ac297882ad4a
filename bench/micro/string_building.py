"""string_building: str concatenation, join, f-strings (with format specs) and common str methods.

Tier 1 micro benchmark (bench/README.md). Usage: python3 string_building.py [SIZE]
Prints one checksum line, then `TIME <seconds>` of the measured loop if the time module exists.
"""

import sys

try:
    import time

    clock = time.perf_counter
except (ImportError, AttributeError):
    clock = None

DEFAULT_SIZE = 700000


def bench(n):
    total = 0
    line = ""
    parts = []
    for i in range(n):
        name = "item" + str(i % 97)
        s = f"{name}:{i:>6}|{i % 13:03d}|{name!r}"
        parts.append(s.upper())
        line += name[-2:]
        if len(line) > 200:
            total += len(line.replace("m", "MM"))
            line = ""
        if i % 100 == 99:
            text = ", ".join(parts)
            fields = text.split(", ")
            total += len(text) + len(fields)
            total += text.count("ITEM1") + text.find("|007|")
            total += len(" x ".join(p.strip().lower() for p in fields[:10]))
            if fields[0].startswith("ITEM") and fields[-1].endswith("'"):
                total += 1
            parts = []
    return total + len(line)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    t0 = clock() if clock else 0
    result = bench(n)
    t1 = clock() if clock else 0
    print("string_building", n, result)
    if clock:
        print("TIME", t1 - t0)


main()
