class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        ns = {"injected": "by __prepare__"}
        return ns

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls

class Rec(metaclass=OrderedMeta, tag="x"):
    zeta = 1
    alpha = 2
    def mid(self):
        pass

print(Rec.order, Rec.injected)

class LoggingNS(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            print("set", k)
        super().__setitem__(k, v)

class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LoggingNS()

class T(metaclass=M2):
    a = 1
    b = a + 1
print(T.b, type(T.__dict__).__name__)
