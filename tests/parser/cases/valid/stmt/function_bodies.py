def f(): pass
def g():
    'docstring'
def h():
    x = 1
    return x
def i(): return 1; pass
