def f(a, **k, **l): pass
