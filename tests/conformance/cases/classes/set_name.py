class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Model:
    first = Field()
    second = Field()

m = Model()
print(m.first)
m.first = "one"
print(m.first, m._first, Model.first.name)

# assigned after class creation: __set_name__ is not called automatically
f = Field()
Model.late = f
print(hasattr(f, "name"))
f.__set_name__(Model, "late")
m.late = 3
print(m.late)

class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("refusing " + name)
try:
    class Host:
        attr = Broken()
except ValueError as e:
    print(type(e).__name__, e, e.__notes__ if hasattr(e, "__notes__") else None)
