"""function_calls: many small Python-to-Python calls, positional, default and keyword arguments.

Tier 1 micro benchmark (bench/README.md). Usage: python3 function_calls.py [SIZE]
Prints one checksum line, then `TIME <seconds>` of the measured loop if the time module exists.
"""

import sys

try:
    import time

    clock = time.perf_counter
except (ImportError, AttributeError):
    clock = None

DEFAULT_SIZE = 1200000


def add(a, b):
    return a + b


def scale(x, factor=2):
    return x * factor


def clamp(x, lo=0, hi=100000):
    if x < lo:
        return lo
    if x > hi:
        return x - hi
    return x


def combine(a, b, *, weight=1, bias=0):
    return a * weight + b + bias


def empty():
    pass


def fact(k):
    if k <= 1:
        return 1
    return k * fact(k - 1)


def bench(n):
    acc = 0
    for i in range(n):
        acc = add(acc, i)
        acc = clamp(acc, hi=50000)
        acc += scale(i & 7)
        acc += scale(i & 3, factor=3)
        acc = combine(acc, i & 15, weight=1, bias=-1)
        acc = clamp(acc, 0, 70000)
        empty()
        acc += fact(i & 7)
    return acc


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    t0 = clock() if clock else 0
    result = bench(n)
    t1 = clock() if clock else 0
    print("function_calls", n, result)
    if clock:
        print("TIME", t1 - t0)


main()
