class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, extra=0):
        return x * self.k + extra

m = Multiplier(3)
print(m(4), m(4, extra=1), callable(m), list(map(m, [1, 2])))

class Counter:
    count = 0
    def __call__(self):
        Counter.count += 1
        return Counter.count
c = Counter()
c(); c()
print(c())

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(NotCallable), callable(NotCallable()))

obj = Multiplier(2)
obj.__call__ = lambda x: "instance attribute is ignored"
print(obj(5))

class Meta(type):
    def __call__(cls, *a):
        return f"constructing {cls.__name__}{a}"
class Weird(metaclass=Meta):
    pass
print(Weird(1, 2))
try:
    m()
except TypeError as e:
    print(type(e).__name__, e)
