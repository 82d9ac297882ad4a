class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub in (int, bool)

class Even(metaclass=EvenMeta):
    pass

print(isinstance(4, Even), isinstance(3, Even), isinstance("x", Even))
print(issubclass(int, Even), issubclass(str, Even))
print(isinstance(4, (str, Even)))

class Duck:
    pass
print(isinstance(Duck(), Duck), isinstance(Duck, type))
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(True, int), issubclass(bool, int), isinstance(None, object))
print(isinstance(1, int | str), issubclass(bool, int | None))
