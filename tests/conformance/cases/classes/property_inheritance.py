class Base:
    @property
    def name(self):
        return "base"

class Child(Base):
    @Base.name.getter
    def name(self):
        return "child:" + super().name

class Settable(Base):
    @Base.name.setter
    def name(self, v):
        self._n = v

print(Child().name)
s = Settable()
s.name = "x"
print(s.name, s._n)

class Computed:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return self.calls * 10
c = Computed()
print(c.value, c.value, c.calls)

class Raising:
    @property
    def boom(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "fallback for " + name
print(Raising().boom)
