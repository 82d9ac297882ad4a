def f(a, a): pass
f(x=1, x=2)
