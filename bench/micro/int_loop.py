"""int_loop: small-int arithmetic (values stay well inside 30 bits), comparisons and bit operations in while and for loops.

Tier 1 micro benchmark (bench/README.md). Usage: python3 int_loop.py [SIZE]
Prints one checksum line, then `TIME <seconds>` of the measured loop if the time module exists.
"""

import sys

try:
    import time

    clock = time.perf_counter
except (ImportError, AttributeError):
    clock = None

DEFAULT_SIZE = 2000000


def bench(n):
    total = 0
    i = 0
    while i < n:
        x = i * 7 + 3
        total += x % 11 - (i >> 2) // 3
        if x & 1:
            total -= 1
        if total < -100000:
            total += 99991
        i += 1
    for j in range(n):
        k = j ^ (j << 1)
        total += (k & 0xFFFF) - (j | 5) % 13
        if total > 1000000:
            total -= 999983
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    t0 = clock() if clock else 0
    result = bench(n)
    t1 = clock() if clock else 0
    print("int_loop", n, result)
    if clock:
        print("TIME", t1 - t0)


main()
