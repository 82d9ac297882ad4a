d = {}
d["a"] = 1
d.update({"b": 2})
s = set()
s.add(1)
e = {"k1": 1, "k2": 2, "k3": 3}
f = {1: "a", 2: "b"}
g = {k: v for k, v in e.items()}
h = {**e, **f}
i = dict(a=1, **e)
j = {"x", "y"}
k = {1, 2, *j}
