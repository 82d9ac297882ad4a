f = lambda: 1
g = lambda x, *a, k=3, **kw: (x, a, k, kw)
pair = (lambda: 1, lambda: 2)
def defaults(a, b=[], *, c=None, d=(1, 2)):
    return a
