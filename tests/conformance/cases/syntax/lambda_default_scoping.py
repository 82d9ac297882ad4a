x = 10
f = lambda y, x=x: x + y
x = 20
print(f(1))
g = lambda: x
print(g())
x = 30
print(g())
adders = [lambda v, n=n: v + n for n in range(3)]
print([a(100) for a in adders])
print((lambda *args, **kw: (args, sorted(kw)))(1, 2, b=1, a=2))
print((lambda a, /, b, *, c: (a, b, c))(1, 2, c=3))
