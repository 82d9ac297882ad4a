class Pair:
    def __iter__(self):
        yield "first"
        yield "second"

a, b = Pair()
print(a, b)
try:
    x, y, z = Pair()
except ValueError as e:
    print(type(e).__name__, e)
try:
    (x,) = Pair()
except ValueError as e:
    print(type(e).__name__, e)
first, *others = Pair()
print(first, others)
try:
    p, q = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b, c, d = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, *c = [1]
except ValueError as e:
    print(type(e).__name__, e)
a, b = "xy"
print(a, b)
