class A:
    def who(self):
        return "A"

class B:
    def who(self):
        return "B"

obj = A()
print(obj.who())
obj.__class__ = B
print(obj.who(), type(obj).__name__, isinstance(obj, A))
try:
    obj.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    obj.__class__ = "B"
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
