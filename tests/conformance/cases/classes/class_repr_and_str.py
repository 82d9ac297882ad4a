class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x!r})"

class W(V):
    def __str__(self):
        return f"<W {self.x}>"

print(V(1), str(V("a")), repr(V("a")))
print(W(2), repr(W(2)), [W(3)], f"{W(4)}", f"{W(5)!r}")
print(repr(V).startswith("<class '__main__.V'>"))
print(repr(int), repr(type), str(object))

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
print(BadStr.__str__ is not object.__str__)
