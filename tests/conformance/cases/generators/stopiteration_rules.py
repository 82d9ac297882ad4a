def leaks():
    yield 1
    next(iter([]))
    yield 2

try:
    print(list(leaks()))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def explicit_return():
    yield 1
    return
print(list(explicit_return()))

def raise_in_genexpr():
    return list(next(iter([])) for _ in range(1))
try:
    raise_in_genexpr()
except RuntimeError as e:
    print("genexpr:", type(e).__name__, e)

class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("plain iterators may raise it")
print(list(It()))

def raise_subclass():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop
try:
    list(raise_subclass())
except RuntimeError as e:
    print(type(e).__name__, e)
