class Parent:
    def __eq__(self, o):
        return True

class Child(Parent):
    pass

class Restored(Parent):
    def __hash__(self):
        return 7

for cls in (Parent, Child, Restored):
    try:
        print(cls.__name__, hash(cls()))
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
print(Parent.__dict__["__hash__"], "__hash__" in Child.__dict__)

class Explicit:
    __hash__ = None
try:
    {Explicit(): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(Explicit.__hash__ is None, Restored.__hash__ is not None)
