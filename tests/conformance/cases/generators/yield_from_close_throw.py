def sub():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("sub handles", e)
        yield "sub recovered"
    finally:
        print("sub finally")

def main():
    r = yield from sub()
    print("main after sub", r)
    yield "main end"

g = main()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
print(next(g, "exhausted"))

h = main()
next(h)
h.close()
print("h closed")

def gen_with_iter():
    yield from iter([10, 20])
x = gen_with_iter()
print(next(x))
try:
    x.throw(TypeError("into plain iterator"))
except TypeError as e:
    print(type(e).__name__, e)
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
