def f(a=[], b={}, c=lambda: 0, d=x if y else z, e=(yield_), *, g=f(h)): pass
