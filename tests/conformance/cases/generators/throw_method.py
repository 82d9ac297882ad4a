def resilient():
    count = 0
    while True:
        try:
            yield count
        except ValueError as e:
            print("generator caught:", e)
            count += 100
        count += 1

g = resilient()
print(next(g))
print(g.throw(ValueError("oops")))
print(next(g))
try:
    g.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(g, "closed after exception"))

def cleanup():
    try:
        yield 1
    finally:
        print("cleanup ran")
c = cleanup()
next(c)
try:
    c.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("caught", e)

unstarted = cleanup()
try:
    unstarted.throw(IndexError("before start"))
except IndexError as e:
    print("unstarted:", e)
g2 = resilient()
next(g2)
print(g2.throw(ValueError))
