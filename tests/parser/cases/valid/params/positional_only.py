def f(a, /, b, *, c): pass
def g(a=1, /, b=2, *, c): pass
def h(a, /): pass
def i(a, b, /, c): pass
def j(a, /, *args, **kw): pass
