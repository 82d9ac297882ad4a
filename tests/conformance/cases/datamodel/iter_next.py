class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print(list(c), list(c))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

class Reusable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
r = Reusable("ab")
print(list(r), list(r), [x + y for x in r for y in r])

class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NotIterator:
    pass
try:
    next(NotIterator())
except TypeError as e:
    print(type(e).__name__, e)

it = iter([1, 2, 3])
print(iter(it) is it, list(it), list(it))
calls = iter(lambda: calls_list.pop(), 0)
calls_list = [0, 1, 2]
print(list(calls))
