class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)

q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__, P.__slots__)

class Sub(P):
    pass
s = Sub(1, 2)
s.anything = 5
print(s.anything, "__dict__" in dir(s))

class Sub2(P):
    __slots__ = ("z",)
s2 = Sub2(1, 2)
s2.z = 3
print(s2.x, s2.z)
try:
    s2.w = 4
except AttributeError as e:
    print(type(e).__name__, e)
