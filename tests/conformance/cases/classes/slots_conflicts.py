try:
    class A:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(type(e).__name__, e)

class B:
    __slots__ = ("__dict__", "a")
b = B()
b.a = 1
b.other = 2
print(b.a, b.other)

class C:
    __slots__ = "single"
c = C()
c.single = "one"
print(c.single, C.__slots__)

class D:
    __slots__ = ()
try:
    D().x = 1
except AttributeError as e:
    print(type(e).__name__, e)

class E:
    __slots__ = ["__weakref__"]
print(hasattr(E(), "__dict__"))

try:
    class F(int):
        __slots__ = ("v",)
except TypeError as e:
    print(type(e).__name__, e)
