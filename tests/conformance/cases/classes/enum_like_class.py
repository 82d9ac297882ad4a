class ColorMeta(type):
    def __iter__(cls):
        return iter(cls._members)
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return next(m for m in cls._members if m.name == name)

class Color(metaclass=ColorMeta):
    _members = []
    def __init__(self, name, value):
        self.name, self.value = name, value
        Color._members.append(self)
    def __repr__(self):
        return f"<Color.{self.name}: {self.value}>"

Color("RED", 1)
Color("GREEN", 2)
print(list(Color), len(Color), Color["GREEN"])
try:
    Color["BLUE"]
except StopIteration:
    print("no BLUE")
