"""vector_class: a small 2-D vector class with __init__, __add__, __sub__, __mul__, __eq__ and methods (float math).

Tier 1 micro benchmark (bench/README.md). Usage: python3 vector_class.py [SIZE]
Prints one checksum line, then `TIME <seconds>` of the measured loop if the time module exists.
"""

import sys

try:
    import time

    clock = time.perf_counter
except (ImportError, AttributeError):
    clock = None

DEFAULT_SIZE = 700000


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def norm2(self):
        return self.dot(self)


def bench(n):
    pos = Vec(0.0, 0.0)
    vel = Vec(1.5, -0.25)
    gravity = Vec(0.0, -0.01)
    origin = Vec(0.0, 0.0)
    energy = 0.0
    hits = 0
    for i in range(n):
        vel = vel + gravity * 0.5
        pos = pos + vel * 0.1
        if pos.y < -100.0:
            pos = pos - Vec(0.0, pos.y)
            vel = Vec(vel.x, -vel.y) * 0.9
            hits += 1
        if pos.x > 1000.0:
            pos = Vec(0.0, pos.y)
        if pos == origin:
            hits += 100
        energy += vel.norm2() * 0.001
    return hits, pos.x, pos.y, energy


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    t0 = clock() if clock else 0
    result = bench(n)
    t1 = clock() if clock else 0
    print("vector_class", n, result)
    if clock:
        print("TIME", t1 - t0)


main()
