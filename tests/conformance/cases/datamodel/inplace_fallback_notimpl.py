class A:
    def __iadd__(self, o):
        print("A.__iadd__ -> NotImplemented")
        return NotImplemented
    def __add__(self, o):
        print("A.__add__ -> NotImplemented")
        return NotImplemented

class B:
    def __radd__(self, o):
        print("B.__radd__")
        return "B won"

x = A()
x += B()
print(x)

y = A()
try:
    y += 1
except TypeError as e:
    print(type(e).__name__, e)

class L(list):
    def __iadd__(self, o):
        print("L.__iadd__")
        return super().__iadd__(o)
l = L([1])
l += (2, 3)
print(l, type(l).__name__)
try:
    l2 = [1]
    l2 = l2 + (2,)
except TypeError as e:
    print(type(e).__name__, e)
