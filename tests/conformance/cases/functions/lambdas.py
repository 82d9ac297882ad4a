sq = lambda x: x * x
print(sq(7), sq.__name__)
print((lambda a, b=2, *c, d, **e: (a, b, c, d, sorted(e.items())))(1, d=4, z=0))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print((lambda: "no args")())
print((lambda *a: a)(1, 2))
print((lambda x: (lambda y: x + y))(10)(5))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, lambda v: v + 1)(41))
print((lambda x, /, y: x - y)(10, y=3))
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(i) for i in range(4)])
print(repr(lambda: 0).startswith("<function <lambda> at "))
try:
    (lambda x: x)()
except TypeError as e:
    print(e)
f = lambda: undefined_thing
f()
