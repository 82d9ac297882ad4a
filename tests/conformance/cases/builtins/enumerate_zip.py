print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 5)))
e = enumerate(["x"])
print(type(e).__name__, next(e))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
print(list(zip(*[(1, "a"), (2, "b")])))
print(dict(zip("abc", range(3))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1], [2], strict=True)))
for i, (a, b) in enumerate(zip("xy", "XY"), 1):
    print(i, a, b)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
