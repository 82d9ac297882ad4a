class Base:
    def __new__(cls, *args):
        print("Base.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("Base.__init__", args)

class Child(Base):
    def __new__(cls, a, b):
        print("Child.__new__")
        return super().__new__(cls, a, b)
    def __init__(self, a, b):
        super().__init__(a)
        self.total = a + b

c = Child(2, 3)
print(c.total)

class Cooperative:
    def __init__(self, **kw):
        print("Cooperative end", sorted(kw))
class Left(Cooperative):
    def __init__(self, left=None, **kw):
        print("Left", left)
        super().__init__(**kw)
class Right(Cooperative):
    def __init__(self, right=None, **kw):
        print("Right", right)
        super().__init__(**kw)
class Both(Left, Right):
    pass
Both(left=1, right=2, extra=3)
try:
    object.__init__(Both.__new__(Both), 1)
except TypeError as e:
    print(type(e).__name__, e)
