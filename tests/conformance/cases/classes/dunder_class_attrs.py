class A:
    """Docstring of A."""
    def m(self):
        pass

class B(A):
    pass

print(A.__doc__, B.__doc__)
print(A.__name__, A.__qualname__, A.__module__)
print(B.__bases__ == (A,), A.__bases__ == (object,))
print(object.__bases__, object.__mro__ == (object,))
print(type(A.__dict__["m"]).__name__)
print("m" in dir(B), "m" in B.__dict__)
A.__name__ = "Renamed"
print(A.__name__, repr(A).split("'")[1])
print(int.__name__, int.__qualname__, int.__module__)
try:
    A.__bases__ = (int,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.attr = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.real = 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
