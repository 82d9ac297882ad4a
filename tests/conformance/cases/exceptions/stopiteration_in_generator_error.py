def gen():
    yield 1
    raise StopIteration("explicit")

try:
    list(gen())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

def gen2():
    it = iter([])
    yield next(it)

g = gen2()
next(g)
