def f(a, i, j):
    b = a[i:j]
    c = a[i:]
    d = a[:j]
    e = a[::2]
    g = a[i:j:2]
    a[i:j] = b
    del a[i:j]
    h = a[1:2, 3]
    return a[0], a[-1], a[i], a[...]
