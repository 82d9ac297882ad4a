def f(self, x):
    return (type(self).__name__, x)

class C:
    pass

bound = f.__get__(C(), C)
print(bound(1), type(bound).__name__)
print(f.__get__(None, C) is f)

class Method:
    def __get__(self, obj, objtype=None):
        return lambda *a: ("called via", obj is None, a)
class Host:
    m = Method()
print(Host().m(1, 2))
print(Host.m(3))

sm = staticmethod(f)
cm = classmethod(f)
print(sm.__get__(None, C)(1, 2))
print(cm.__get__(None, C)(5))
print(cm.__get__(C(), C)(6))

class WithSlots:
    __slots__ = ("a",)
d = WithSlots.__dict__["a"]
o = WithSlots()
d.__set__(o, 99)
print(d.__get__(o, WithSlots), o.a)
p = property(lambda self: "prop value")
print(p.__get__(C(), C), p.__get__(None, C) is p)
