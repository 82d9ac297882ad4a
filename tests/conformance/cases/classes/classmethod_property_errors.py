class C:
    @staticmethod
    def s():
        return "s"
    @classmethod
    def c(cls):
        return cls.__name__

print(C.s(), C.c(), C().c())
try:
    classmethod(5)(C)
except TypeError as e:
    print(type(e).__name__, e)
cm = classmethod(lambda cls: cls)
print(cm.__get__(None, C) () is C)
try:
    property()(1)
except TypeError as e:
    print(type(e).__name__, e)
p = property()
class D:
    attr = p
try:
    D().attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    D().attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
