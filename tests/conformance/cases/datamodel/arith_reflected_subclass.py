class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return f"Base.__add__({type(self).__name__}, {type(o).__name__})"
    def __radd__(self, o):
        return f"Base.__radd__({type(self).__name__}, {type(o).__name__})"

class Derived(Base):
    def __radd__(self, o):
        return f"Derived.__radd__({type(self).__name__}, {type(o).__name__})"

class Same(Base):
    pass

print(Base(1) + Base(2))
# a subclass that overrides the reflected method gets priority
print(Base(1) + Derived(2))
print(Derived(1) + Base(2))
# a subclass that does not override it: left operand goes first
print(Base(1) + Same(2))

class OnlyR:
    def __radd__(self, o):
        return "OnlyR.__radd__"
print(1 + OnlyR(), [1] + OnlyR())
try:
    OnlyR() + 1
except TypeError as e:
    print(type(e).__name__, e)

class IntSub(int):
    def __radd__(self, o):
        return "IntSub.__radd__"
print(1 + IntSub(2), IntSub(2) + 1)
