class Base:
    def hello(self):
        return "Base.hello(" + type(self).__name__ + ")"
    @classmethod
    def make(cls):
        return "Base.make(" + cls.__name__ + ")"

class Child(Base):
    def hello(self):
        return "Child+" + super().hello()
    def explicit(self):
        return super(Child, self).hello()
    @classmethod
    def make(cls):
        return "Child+" + super().make()

class Grand(Child):
    def hello(self):
        return "Grand+" + super().hello()
    def skip(self):
        return super(Child, self).hello()

g = Grand()
print(g.hello())
print(g.explicit())
print(g.skip())
print(Grand.make())
print(super(Grand, g).hello())
s = super(Child, Grand)
print(s.make())
print(type(super(Child, g)).__name__)

def outside(self):
    return super().hello()
Child.outside = outside
try:
    g.outside()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(Child, 5)
except TypeError as e:
    print(type(e).__name__, e)
