print(sorted([3, 1, 2], reverse=True))
print(int("ff", base=16))
print("a,b".split(sep=","))
print(dict(a=1, b=2) == {"a": 1, "b": 2})
print(max([1, 5, 3], key=lambda x: -x), min([], default="empty"))
try:
    len(obj=[1])
except TypeError as e:
    print(e)
try:
    "abc".upper(1)
except TypeError as e:
    print(e)
try:
    sorted([1], key=None, cmp=None)
except TypeError as e:
    print(e)
try:
    int(x="5")
except TypeError as e:
    print(e)
try:
    max()
except TypeError as e:
    print(e)
print(print("x", "y", sep="|", end="!\n"))
