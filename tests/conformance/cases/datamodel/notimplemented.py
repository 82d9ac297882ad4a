class A:
    def __add__(self, o):
        return NotImplemented
    def __eq__(self, o):
        return NotImplemented

try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e)

a = A()
print(a == a, a == A(), a != A())
print(bool(NotImplemented) if False else type(NotImplemented).__name__, repr(NotImplemented))
print(int.__add__(1, "x"), (1).__lt__("a"), [].__eq__(1), (1.5).__add__("x"))

class Num:
    def __init__(self, v):
        self.v = v
    def __mul__(self, o):
        if isinstance(o, (int, Num)):
            return Num(self.v * (o.v if isinstance(o, Num) else o))
        return NotImplemented
    __rmul__ = __mul__
    def __repr__(self):
        return f"Num({self.v})"
print(Num(2) * 3, 3 * Num(2), Num(2) * Num(5))
print("ab" * 2, [0] * 2)
try:
    Num(2) * "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    A() < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    A() - 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    -A()
except TypeError as e:
    print(type(e).__name__, e)
