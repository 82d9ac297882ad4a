a, b = 1, 2
a, b = b, a
print(a, b)
x = y = z = "same"
print(x, y, z, x is z)
(p, q), r = "ab", "c"
print(p, q, r)
i, j = divmod(17, 5)
print(i, j)
d = {}
d["k"], d["v"] = "key", "value"
print(d)
lst = [0, 0, 0]
lst[0], lst[2] = 10, 30
print(lst)
idx = 0
arr = [5, 6]
idx, arr[idx] = 1, 99
print(idx, arr)

class O:
    pass
o = O()
o.a, o.b = 1, 2
print(o.a + o.b)
t = 1,
print(t, type(t).__name__)
empty = ()
print(empty, len(empty))
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = None
except TypeError as e:
    print(type(e).__name__, e)
a, b = {"one": 1, "two": 2}
print(a, b)
