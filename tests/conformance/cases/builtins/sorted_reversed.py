data = [5, 2, 9, 1, 5]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("banana"), sorted({"b": 1, "a": 2}), sorted((3, 1)), sorted([]))
people = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(["B", "a", "C"], key=str.lower), sorted(["bb", "a", "ccc"], key=len, reverse=True))
lst = [3, 1, 2]
print(lst.sort(), lst)
lst.sort(key=lambda v: -v)
print(lst)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))))
try:
    sorted([1, None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], key=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
stable = sorted([(1, "first"), (0, "x"), (1, "second")], key=lambda t: t[0])
print(stable)
