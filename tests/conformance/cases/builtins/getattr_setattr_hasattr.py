class C:
    x = 1
    def method(self):
        return "m"

c = C()
print(getattr(c, "x"), getattr(c, "y", "default"), getattr(c, "method")())
setattr(c, "y", 2)
print(c.y, hasattr(c, "y"), hasattr(c, "z"), hasattr(C, "method"))
delattr(c, "y")
print(hasattr(c, "y"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "x")
except AttributeError as e:
    print(type(e).__name__, e)
class Raises:
    @property
    def boom(self):
        raise ValueError("not an AttributeError")
try:
    hasattr(Raises(), "boom")
except ValueError as e:
    print("hasattr propagates:", type(e).__name__, e)
print(getattr(5, "real"), getattr("s", "upper")(), getattr(int, "__name__"))
try:
    setattr(5, "attr", 1)
except AttributeError as e:
    print(type(e).__name__, e)
