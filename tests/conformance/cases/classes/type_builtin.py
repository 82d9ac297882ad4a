def init(self, v):
    self.v = v

Dyn = type("Dyn", (object,), {"x": 1, "__init__": init, "double": lambda self: self.v * 2})
d = Dyn(21)
print(Dyn.__name__, Dyn.x, d.double(), type(d) is Dyn)
Sub = type("Sub", (Dyn,), {})
print([c.__name__ for c in Sub.__mro__], Sub(1).double())
print(type(3), type("s"), type(None), type(type))
print(type(type(3)) is type)
try:
    type("X", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
