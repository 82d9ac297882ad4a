class DataDesc:
    def __get__(self, obj, owner):
        return "data descriptor"
    def __set__(self, obj, v):
        print("DataDesc.__set__", v)

class NonData:
    def __get__(self, obj, owner):
        return "non-data descriptor"

class C:
    d = DataDesc()
    n = NonData()
    plain = "class attr"

c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
c.__dict__["plain"] = "instance plain"
print(c.d)
print(c.n)
print(c.plain)
c.d = 5
print(C.d, C.n)
del c.__dict__["n"]
print(c.n)
