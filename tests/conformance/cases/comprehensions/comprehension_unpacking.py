pairs = [(1, "one"), (2, "two"), (3, "three")]
print([n for n, _ in pairs])
print({name: n for n, name in pairs})
print([(a, rest) for a, *rest in ["abc", "de", "f"]])
print([x for (x, y), z in [((1, 2), 3), ((4, 5), 6)]])
print([k + str(v) for k, v in sorted({"b": 2, "a": 1}.items())])
print([i for i, c in enumerate("hello") if c == "l"])
print([(i, *t) for i, t in enumerate([(1, 2), (3, 4)])])
print([[*row, sum(row)] for row in [[1, 2], [3, 4]]])
