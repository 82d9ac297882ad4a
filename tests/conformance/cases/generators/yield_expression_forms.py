def forms():
    a = yield
    print("a =", a)
    b = (yield 1) + 10
    print("b =", b)
    lst = [1, (yield "in list"), 3]
    print("lst =", lst)
    d = yield from [7, 8]
    print("d =", d)
    yield (yield "nested")

g = forms()
print(next(g))
print(g.send("A"))
print(g.send(5))
print(g.send(2))
print(g.send(None))
print(g.send(None))
print(g.send("inner value"))
print(next(g, "end"))
