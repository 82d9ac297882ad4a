class Counter:
    instances = 0
    shared = []

    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances

a, b, c = Counter(), Counter(), Counter()
print(Counter.instances, a.id, c.id)

a.shared.append("via a")
print(b.shared, Counter.shared is a.shared)
a.shared = ["rebound on a"]
print(a.shared, b.shared)

print("instances" in Counter.__dict__, "instances" in a.__dict__)
a.instances = 100
print(a.instances, Counter.instances, b.instances)

class Config:
    debug = False
    level = debug and 1 or 5
    names = [x for x in "ab"]
print(Config.level, Config.names)
setattr(Config, "dynamic", 7)
print(Config.dynamic, getattr(Config, "nope", "default"))
delattr(Config, "dynamic")
print(hasattr(Config, "dynamic"))
try:
    del Config.dynamic
except AttributeError as e:
    print(e)
