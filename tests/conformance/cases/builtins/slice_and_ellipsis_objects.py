s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print(slice(5) == slice(None, 5), slice(1, 2) == slice(1, 2, None))
try:
    hash(slice(1, 2))
    print("slices are hashable in 3.12+")
except TypeError as e:
    print(type(e).__name__, e)
print(Ellipsis, ..., type(...).__name__, ... is Ellipsis)
try:
    slice(1, 2, 0).indices(10)
except ValueError as e:
    print(type(e).__name__, e)
print(list(range(10))[slice(None, None, 3)])
