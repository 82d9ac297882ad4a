def gen():
    try:
        yield 1
        return "returned"
    finally:
        print("finally before StopIteration")

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)

def gen2():
    try:
        yield 1
    finally:
        return "finally return overrides"
g2 = gen2()
next(g2)
print(g2.close())
g3 = gen2()
next(g3)
try:
    g3.throw(ValueError("swallowed by finally return"))
except StopIteration as e:
    print("StopIteration with", e.value)
