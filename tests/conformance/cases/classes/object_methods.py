class P:
    def __init__(self, v):
        self.v = v

a, b = P(1), P(1)
print(a == a, a == b, a != b)
print(a.__eq__(b) is NotImplemented)
print(hash(a) == hash(a), type(hash(a)).__name__)
print(a.__ne__(a))
print(P.__hash__ is object.__hash__)
print(object.__lt__(a, b) is NotImplemented)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(set(dir(a)) - set(dir(object))))
print(object().__class__.__name__, isinstance(object(), object))
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(a.__reduce_ex__ is not None, a.__sizeof__() > 0)
print(str(a) == repr(a), format(a, "") == str(a))
try:
    format(a, "x")
except TypeError as e:
    print(type(e).__name__, e)
