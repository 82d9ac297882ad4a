class Tracked:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst

    def __init__(self, value):
        print("__init__", value)
        self.value = value

t = Tracked(5)
print(t.created, t.value)

class Other:
    pass

class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never called")
w = Weird()
print(type(w).__name__)

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("shout")
print(u, isinstance(u, str), type(u).__name__, len(u))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
print(Point(3, 4), Point(3, 4).x)

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Other(1)
except TypeError as e:
    print(type(e).__name__, e)
