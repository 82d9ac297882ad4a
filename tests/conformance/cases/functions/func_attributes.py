def documented(a, b=2):
    """Return the sum.

    More text here.
    """
    return a + b

print(documented.__name__)
print(documented.__qualname__)
print(documented.__doc__.splitlines()[0])
print(documented.__module__)
print(documented.__code__.co_name, documented.__code__.co_argcount)
print(documented.__code__.co_varnames)

def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)

class C:
    def method(self):
        pass
    class Nested:
        def deep(self):
            pass
print(C.method.__qualname__, C.Nested.deep.__qualname__)

documented.custom = "attr"
print(documented.custom, sorted(documented.__dict__))
documented.__name__ = "renamed"
print(documented.__name__, documented.__qualname__)
def nodoc():
    pass
print(nodoc.__doc__)
print(type(documented).__name__, callable(documented))
try:
    documented.__name__ = 5
except TypeError as e:
    print(e)
