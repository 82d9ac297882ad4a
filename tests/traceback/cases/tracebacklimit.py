import sys

sys.tracebacklimit = 2


def a():
    b()


def b():
    c()


def c():
    1 / 0


a()
