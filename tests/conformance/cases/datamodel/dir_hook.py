class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]

print(dir(Custom()))

class Plain:
    cls_attr = 1
    def method(self):
        pass
p = Plain()
p.inst = 2
names = [n for n in dir(p) if not n.startswith("__")]
print(names)
print(dir(Plain) == sorted(dir(Plain)), "inst" in dir(Plain))

class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
