"""list_append_index: list.append, indexing (reads, writes, negative), len() and pop().

Tier 1 micro benchmark (bench/README.md). Usage: python3 list_append_index.py [SIZE]
Prints one checksum line, then `TIME <seconds>` of the measured loop if the time module exists.
"""

import sys

try:
    import time

    clock = time.perf_counter
except (ImportError, AttributeError):
    clock = None

DEFAULT_SIZE = 1600000


def bench(n):
    data = []
    for i in range(n):
        data.append(i * 3 & 1023)
    total = 0
    size = len(data)
    for i in range(size):
        j = (i * 7) % size
        data[j] = data[j] + data[i - 1]
        total += data[-1] - data[i] + len(data)
        if total > 100000000:
            total -= 99999989
    stack = []
    for i in range(n):
        stack.append(data[i] & 255)
        if len(stack) > 16:
            total += stack.pop() + stack[0]
    k = 0
    while k < len(data):
        total ^= data[k]
        k += 3
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    t0 = clock() if clock else 0
    result = bench(n)
    t1 = clock() if clock else 0
    print("list_append_index", n, result)
    if clock:
        print("TIME", t1 - t0)


main()
