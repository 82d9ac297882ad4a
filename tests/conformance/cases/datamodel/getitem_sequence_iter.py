class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i

print(list(Squares()))
print(9 in Squares(), 10 in Squares())
for v in Squares():
    print(v, end=" ")
print()
a, b, *rest = Squares()
print(a, b, rest)
print(sorted(Squares(), reverse=True), sum(Squares()))

class Slicer:
    def __getitem__(self, key):
        return key
s = Slicer()
print(s[1], s[1:2], s[::3], s[1:2, 3], s[...], s[:, None])
print(s["a"], s[-1:])

class NoLen:
    def __getitem__(self, i):
        raise IndexError
print(list(NoLen()))
try:
    len(Squares())
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
