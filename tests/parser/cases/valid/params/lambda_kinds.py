lambda a, /, b, *c, d, **e: 0
lambda a=1, /, b=2, *, c=3: 0
lambda *, a: 0
lambda a, *b: 0
lambda **k: 0
lambda a, /: 0
lambda *a, b=1: 0
