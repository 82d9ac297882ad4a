class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i

try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)

class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)

class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)

class NoCall:
    __call__ = None
try:
    NoCall()()
except TypeError as e:
    print(type(e).__name__, e)

class NoAdd:
    __add__ = None
try:
    NoAdd() + 1
except TypeError as e:
    print(type(e).__name__, e)
