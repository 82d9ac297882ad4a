"""dict_get_set: dict stores, loads, get() and `in` with str keys and with int keys.

Tier 1 micro benchmark (bench/README.md). Usage: python3 dict_get_set.py [SIZE]
Prints one checksum line, then `TIME <seconds>` of the measured loop if the time module exists.
"""

import sys

try:
    import time

    clock = time.perf_counter
except (ImportError, AttributeError):
    clock = None

DEFAULT_SIZE = 1400000


def bench(n, words):
    nwords = len(words)
    counts = {}
    for i in range(n):
        w = words[(i * 31) % nwords]
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    squares = {}
    for i in range(n):
        squares[i & 4095] = i
    total = 0
    for i in range(n):
        total += counts.get(words[i % nwords], 0)
        total += squares.get(i & 8191, -1)
        if (i & 2047) in squares:
            total += squares[i & 2047] & 255
        total &= 0xFFFFFFF
    return total * 1000 + len(counts) + len(squares)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    words = []
    for i in range(1500):
        words.append("key" + str(i * 7919 % 10007))
    t0 = clock() if clock else 0
    result = bench(n, words)
    t1 = clock() if clock else 0
    print("dict_get_set", n, result)
    if clock:
        print("TIME", t1 - t0)


main()
