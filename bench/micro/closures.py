"""closures: calls of nested functions and lambdas that read and write (nonlocal) enclosing variables.

Tier 1 micro benchmark (bench/README.md). Usage: python3 closures.py [SIZE]
Prints one checksum line, then `TIME <seconds>` of the measured loop if the time module exists.
"""

import sys

try:
    import time

    clock = time.perf_counter
except (ImportError, AttributeError):
    clock = None

DEFAULT_SIZE = 2400000


def make_adder(k):
    def add(x):
        return x + k

    return add


def make_counter():
    count = 0

    def incr(step):
        nonlocal count
        count += step
        return count

    return incr


def compose(f, g):
    return lambda x: f(g(x))


def bench(n):
    add3 = make_adder(3)
    add5 = make_adder(5)
    both = compose(add3, add5)
    counter = make_counter()
    mask = 0xFFFF
    low = lambda v: v & mask
    total = 0
    for i in range(n):
        total = low(both(total) + add3(i))
        counter(i & 3)
        if i & 4095 == 0:
            add5 = make_adder(i & 7)
    return total * 100000 + counter(0)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    t0 = clock() if clock else 0
    result = bench(n)
    t1 = clock() if clock else 0
    print("closures", n, result)
    if clock:
        print("TIME", t1 - t0)


main()
