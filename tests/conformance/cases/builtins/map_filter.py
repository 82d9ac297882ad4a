print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2])), list(map(len, [])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x > 1, range(4))))
m = map(lambda x: x * 10, range(3))
print(type(m).__name__, next(m), list(m), list(m))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    map(1, [1])
    list(map(1, [1]))
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(lambda x, y: (x, y), [1, 2, 3], [4])))
try:
    map(str, [1], strict=True)
except TypeError as e:
    print(type(e).__name__, e)
