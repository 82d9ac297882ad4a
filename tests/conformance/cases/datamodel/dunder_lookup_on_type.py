class C:
    def __len__(self):
        return 5

c = C()
c.__len__ = lambda: 100
print(len(c), c.__len__())

class D:
    pass
d = D()
d.__repr__ = lambda: "instance repr"
print(repr(d) != "instance repr", d.__repr__())

C.__len__ = lambda self: 42
print(len(c))

class E:
    pass
e = E()
try:
    len(e)
except TypeError as err:
    print(type(err).__name__, err)
E.__len__ = lambda self: 7
print(len(e))
del E.__len__
try:
    len(e)
except TypeError as err:
    print(type(err).__name__, err)
E.__add__ = lambda self, o: "added"
print(e + 1)
