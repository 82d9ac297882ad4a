class Record:
    fields = ()
    def __init__(self, *args):
        if len(args) != len(self.fields):
            raise TypeError(f"{type(self).__name__} expects {len(self.fields)} args, got {len(args)}")
        for f, a in zip(self.fields, args):
            setattr(self, f, a)
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self.fields)
    __hash__ = None

class Person(Record):
    fields = ("name", "age")

p = Person("Ann", 30)
print(p, p == Person("Ann", 30), p == Person("Bob", 30), p == "Ann")
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Person("only")
except TypeError as e:
    print(type(e).__name__, e)
Person(1, 2, 3)
