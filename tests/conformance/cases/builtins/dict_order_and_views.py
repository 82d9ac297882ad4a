d = {}
for k in ["zeta", "alpha", "mid"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 1
print(list(d), list(reversed(d)), list(reversed(d.items())))
ks, vs, its = d.keys(), d.values(), d.items()
print(ks & {"mid", "x"}, sorted(ks | {"q"}), sorted(ks - {"mid"}), ("mid", 3) in its)
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
print(ks == {"alpha", "mid", "zeta"}, vs == vs, len(vs))
print(d.keys().isdisjoint(["x"]), ks.mapping is not None)
print(dict(sorted(d.items(), key=lambda kv: kv[1])))
print(max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
