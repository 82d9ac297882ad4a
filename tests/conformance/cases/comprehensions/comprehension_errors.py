def values():
    yield 1
    yield 0
    yield 2

try:
    [10 // v for v in values()]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [x for x in None]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print(type(e).__name__, e)
try:
    [a for a, b in ["ab", "abc"]]
except ValueError as e:
    print(type(e).__name__, e)
items = ["10", "20", "thirty"]
print([int(s) for s in items[:2]])
totals = {s: int(s) for s in items}
