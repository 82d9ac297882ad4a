def f(a, b, c):
    if a and b or not c:
        return 1
    elif a or (b and c):
        return 2
    while a and not b:
        a -= 1
    x = a if b else c if a else b
    return x is None or x is not None
def g(x):
    if x is None:
        return 0
    if x is not None and x == 1:
        return 1
    return not (x < 3 < 5)
