lambda: 0
lambda x: x
lambda x, y=1, *args, z, w=2, **kw: 0
lambda a, /, b: 0
lambda *, a: 0
lambda *a, **k: 0
lambda a=1, /, b=2, *, c: 0
lambda x,: x
lambda: (yield)
lambda: lambda: 1
