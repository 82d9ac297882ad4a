class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__ called")
        return self.v

class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0

class Neither:
    pass

print(bool(WithBool(False)), bool(WithLen(0)), bool(WithLen(3)), bool(Both()), bool(Neither()))
if WithBool(True):
    print("truthy branch")
print(not WithLen(0), WithLen(0) or "fallback", WithLen(2) and "second")
print([x for x in [WithLen(0), WithLen(1)] if x].__len__())

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class HugeLen:
    def __len__(self):
        return 2 ** 100
try:
    len(HugeLen())
except OverflowError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
if BadBool():
    pass
