def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

g = fib()
print([next(g) for _ in range(10)])

def trace():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")

t = trace()
print("created, nothing run yet")
print(next(t))
print(next(t))
try:
    next(t)
except StopIteration:
    print("done")
print(list(trace()))
print(type(t).__name__, iter(t) is t)
