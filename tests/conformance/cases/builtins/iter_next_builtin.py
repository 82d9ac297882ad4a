it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter("ab")
print(type(s).__name__, list(s))
d = iter({"k": 1, "j": 2})
print(type(d).__name__, list(d))
values = [3, 2, 1, 0, 5]
pos = iter(lambda: values.pop(0), 0)
print(list(pos), values)
try:
    iter(lambda: 1, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(None)
except TypeError as e:
    print(type(e).__name__, e)
print(list(iter(range(3))), type(iter(range(3))).__name__, type(iter((1,))).__name__, type(iter({1})).__name__)
