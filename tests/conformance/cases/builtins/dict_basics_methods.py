d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("zz", "dflt"), d)
print(d.setdefault("b", 100), d.setdefault("new", []), d)
d.update({"b": 20}, e=5)
d.update([("f", 6)])
print(d)
print(d.popitem(), d)
c = d.copy()
c["b"] = "changed"
print(d["b"], c["b"])
print(dict.fromkeys("xy", 0), dict([("k", "v")]), dict(a=1, b=2), dict({"z": 1}, y=2))
print({**d} == d, d | {"b": 0}, {"a": 1} == {"a": 1.0})
d |= {"merged": True}
print(sorted(d))
keys = d.keys()
d["late"] = 1
print("late" in keys, len(keys))
print({1: "a", 1.0: "b", True: "c"})
for bad in [lambda: d["missing"], lambda: d.pop("missing"), lambda: {}.popitem(), lambda: {[]: 1}, lambda: dict([1, 2]), lambda: dict([(1, 2, 3)])]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
d.clear()
print(d, bool(d))
