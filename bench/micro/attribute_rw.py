"""attribute_rw: instance attribute reads and writes inside a method (self.x) and on another object.

Tier 1 micro benchmark (bench/README.md). Usage: python3 attribute_rw.py [SIZE]
Prints one checksum line, then `TIME <seconds>` of the measured loop if the time module exists.
"""

import sys

try:
    import time

    clock = time.perf_counter
except (ImportError, AttributeError):
    clock = None

DEFAULT_SIZE = 6000000


class Box:
    def __init__(self, w, h):
        self.w = w
        self.h = h


class Particle:
    def __init__(self):
        self.x = 0
        self.y = 0
        self.vx = 3
        self.vy = 5
        self.bounces = 0

    def run(self, n, box):
        for i in range(n):
            self.x = self.x + self.vx
            self.y += self.vy
            if self.x > box.w:
                self.x -= box.w
                self.bounces += 1
            if self.y > box.h:
                self.y = self.y - box.h
                self.bounces = self.bounces + 1
            if i & 1023 == 0:
                self.vx, self.vy = self.vy, self.vx
        return self.x + self.y * 1000 + self.bounces * 1000000


def bench(n):
    return Particle().run(n, Box(997, 1009))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    t0 = clock() if clock else 0
    result = bench(n)
    t1 = clock() if clock else 0
    print("attribute_rw", n, result)
    if clock:
        print("TIME", t1 - t0)


main()
