t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t + (4,), t * 2, len(t), 2 in t, t[-1])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99))
a, b, *c = t
print(a, b, c)
print(tuple(sorted(t)), max(t), min(t), sum(t))
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
print((1,) * 0, type(()), (1) == 1, (1,) == 1)
