class Obj:
    cls_attr = "class"
    def __init__(self):
        self.a = 1

o = Obj()
print(o.__dict__)
o.__dict__["b"] = 2
print(o.b, vars(o))
o.__dict__ = {"replaced": True}
print(o.replaced, hasattr(o, "a"))
try:
    o.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(vars(Obj)["cls_attr"], type(Obj.__dict__).__name__)
try:
    Obj.__dict__["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(o.__class__.__name__)
class Other:
    pass
o.__class__ = Other
print(type(o).__name__)
