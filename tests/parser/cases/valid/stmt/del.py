del x
del x, y
del x.y, x[0]
del (x, y), [z]
del (x)
del x,
del [a, b], c[1:2]
