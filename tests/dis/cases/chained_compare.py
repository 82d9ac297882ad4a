def f(a, b, c, d):
    return a < b < c < d
def g(x):
    return 0 <= x < 10 and x != 5
def h(x):
    if 1 < x < 3:
        return True
    return x in (1, 2) or x not in [3]
