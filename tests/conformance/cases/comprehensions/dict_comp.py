words = ["apple", "banana", "cherry", "avocado"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({k: v for k, v in sorted({"b": 2, "a": 1}.items())})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({i: i * i for i in range(5) if i % 2})
print({(i, j): i * j for i in range(2) for j in range(2)})
counts = {}
for w in words:
    counts[w[0]] = counts.get(w[0], 0) + 1
print(counts == {c: sum(1 for w in words if w[0] == c) for c in "abc"})
log = []
def k(x):
    log.append("key " + str(x))
    return x
def v(x):
    log.append("value " + str(x))
    return x
print({k(i): v(i) for i in range(2)})
print(log)
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
