"""generator_pipeline: chained generator functions (yield, yield from) and generator expressions fed to sum().

Tier 1 micro benchmark (bench/README.md). Usage: python3 generator_pipeline.py [SIZE]
Prints one checksum line, then `TIME <seconds>` of the measured loop if the time module exists.
"""

import sys

try:
    import time

    clock = time.perf_counter
except (ImportError, AttributeError):
    clock = None

DEFAULT_SIZE = 2800000


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares_mod(it):
    for x in it:
        yield x * x % 1009


def chunks(n, size):
    for start in range(0, n, size):
        yield from range(start, min(start + size, n))


def bench(n):
    total = sum(squares_mod(evens(numbers(n))))
    total += sum(x * 3 for x in range(n) if x % 3)
    total += sum(y & 7 for y in chunks(n, 100))
    total += max(v for v in squares_mod(numbers(n // 4)))
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    t0 = clock() if clock else 0
    result = bench(n)
    t1 = clock() if clock else 0
    print("generator_pipeline", n, result)
    if clock:
        print("TIME", t1 - t0)


main()
