class Proxy:
    def __init__(self, target):
        self._target = target
        self.hits = []
    def __getattr__(self, name):
        self.hits.append(name)
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.hits)
print(p.hits is p.__dict__["hits"])
try:
    p.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)

class Default:
    x = 1
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Default()
print(d.x, d.auto_hello, getattr(d, "auto_x"), hasattr(d, "other"), getattr(d, "other", "dflt"))
try:
    d.other
except AttributeError as e:
    print(e)
