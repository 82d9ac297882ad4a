def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest

print(["".join(p) for p in permutations("abc")])

def subsets(s):
    if not s:
        yield ()
        return
    for sub in subsets(s[1:]):
        yield sub
        yield (s[0],) + sub
print(sorted(subsets((1, 2, 3)), key=lambda t: (len(t), t)))

def walk(tree, path=()):
    for key in sorted(tree):
        value = tree[key]
        if isinstance(value, dict):
            yield from walk(value, path + (key,))
        else:
            yield "/".join(path + (key,)), value
for p, v in walk({"b": {"x": 1, "a": {"deep": 2}}, "a": 0}):
    print(p, v)
