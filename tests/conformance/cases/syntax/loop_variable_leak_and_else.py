for i in range(3):
    pass
print("i after loop:", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
data = {"a": 1, "b": 2}
for key in data:
    data[key] *= 10
print(data)
try:
    for key in data:
        data["new"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
print(lst)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
for a, (b, c) in [(1, (2, 3))]:
    print(a, b, c)
for obj_attr in range(1):
    pass
class Holder:
    pass
h = Holder()
for h.value in range(3):
    pass
print(h.value)
d = {}
for d["k"] in "xy":
    pass
print(d)
