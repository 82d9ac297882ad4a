log = []
class Rec(dict):
    def __setitem__(self, k, v):
        log.append(f"set {k}")
        super().__setitem__(k, v)
def val(tag):
    log.append(f"eval {tag}")
    return tag
r = Rec()
r[val("k1")] = r[val("k2")] = val("value")
print(log)
log.clear()
a = b = c = val("shared")
print(a is b is c, log)
x = [0, 0]
i = 0
i, x[i] = 1, 5
print(i, x)
d = {}
d["a"] = d["b"] = []
d["a"].append(1)
print(d)
