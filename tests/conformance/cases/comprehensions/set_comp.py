print(sorted({x % 4 for x in range(20)}))
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print({n for n in range(3)} == {0, 1, 2})
print(len({(x, y) for x in range(3) for y in range(3) if x <= y}))
print(sorted({frozenset([1, 2]) == frozenset([2, 1]), True}))
print(type({x for x in ()}).__name__, {x for x in ()})
try:
    {[x] for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
