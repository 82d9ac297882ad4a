class Outer:
    tag = "outer"
    class Inner:
        tag = "inner"
        class Deepest:
            def where(self):
                return type(self).__qualname__
    def make(self):
        return self.Inner()

print(Outer.Inner.tag, Outer().make().tag)
print(Outer.Inner.Deepest().where())
print(Outer.Inner.__qualname__, Outer.Inner.__name__)

class A:
    x = 1
    class B:
        try:
            y = x
        except NameError as e:
            y = "NameError: " + str(e)
print(A.B.y)
