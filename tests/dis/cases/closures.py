def outer(a, b=2):
    c = 3
    def inner(d):
        nonlocal c
        c += d
        return a + c
    def inner2():
        return b
    return inner, inner2
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
def shadow(x):
    del x
    def g():
        global y
        y = 5
    return g
