print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", key=str.upper))
print(max([], default="empty"), min((), default=None), max([1, 3, 2], key=lambda x: -x))
print(max([(1, "b"), (1, "a")]), min([[2], [1, 9]]), max(1, 1.0), max(1.0, 1))
print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([0.1] * 10), sum([[1], [2]], []), sum((1, 2), 10))
print(sum([1.5, 2]), sum([True, True, False]), sum(x * x for x in range(4)), sum([], start=5))
for bad in [lambda: min([]), lambda: max(), lambda: sum(["a", "b"], ""), lambda: sum(["a"]), lambda: max(1, 2, default=0), lambda: min(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
