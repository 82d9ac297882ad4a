class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        self[key] = len(key)
        return self[key]

d = Default(a=1)
print(d["a"], d["hello"], d["hello"], sorted(d.items()))
print(d.get("zz"), "zz" in d)

class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()))

class Raising(dict):
    def __missing__(self, k):
        raise LookupError(f"no {k}")
try:
    Raising()["q"]
except LookupError as e:
    print(type(e).__name__, e)
try:
    {}["absent"]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
