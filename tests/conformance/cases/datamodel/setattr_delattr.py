class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: object is frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: object is frozen")

f = Frozen(a=1)
print(f.a)
for action in (lambda: setattr(f, "a", 2), lambda: delattr(f, "a")):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)

class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
l = Logged()
l.x = 1
l.x += 1
print(l.x)
del l.x
try:
    del l.x
except AttributeError as e:
    print(type(e).__name__, e)
setattr(l, "dyn", 3)
print(getattr(l, "dyn"))
try:
    setattr(l, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
