print(len("abc"), len([1, 2]), len({}), len(range(10)), len(b"xy"), len({1, 2, 2}))
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
r = range(0, 20, 5)
print(r, r[1], r[-1], r[1:3], len(r), 15 in r, 16 in r, r.index(10), r.count(5))
print(range(3) == range(0, 3, 1), range(0) == range(5, 2), list(reversed(range(3))))
print(range(10**20)[-1], range(0, 10**20, 7)[-1])
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    len(range(10**20))
except OverflowError as e:
    print(type(e).__name__, e)
