class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))

    @staticmethod
    def is_valid(s):
        parts = s.split("-")
        return len(parts) == 3 and all(p.isdigit() for p in parts)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class MyDate(Date):
    pass

print(Date.from_string("2024-01-31"))
print(MyDate.from_string("2000-12-01"))
print(MyDate(1, 2, 3).from_string("3-2-1"))
print(Date.is_valid("2024-01-01"), Date.is_valid("nope"), Date(1, 1, 1).is_valid("1-1-1"))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_valid"]).__name__)
print(Date.__dict__["is_valid"].__func__ is Date.is_valid)
bound = Date.from_string
print(bound.__self__ is Date)

sm = staticmethod(len)
print(sm("abc"))
class WithCallable:
    f = staticmethod(lambda: "static lambda")
print(WithCallable.f(), WithCallable().f())
