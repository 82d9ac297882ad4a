def countdown(n):
    while n > 0:
        yield n
        n -= 1

print(list(countdown(5)))
g = countdown(2)
print(type(g).__name__, next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def has_yield_anywhere():
    if False:
        yield
    return "done"
g = has_yield_anywhere()
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
print(has_yield_anywhere.__code__.co_flags & 0x20 != 0)
