class Tx:
    def __init__(self, name):
        self.name = name
        self.log = []
    def __enter__(self):
        self.log.append("begin")
        return self
    def __exit__(self, et, ev, tb):
        if et is None:
            self.log.append("commit")
        else:
            self.log.append(f"rollback({et.__name__})")
        print(self.name, self.log)
        return et is KeyError

with Tx("ok"):
    pass
with Tx("keyerror"):
    {}["missing"]
try:
    with Tx("valueerror"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)

def gen():
    with Tx("in generator"):
        yield 1
        yield 2
g = gen()
print(next(g))
g.close()

with Tx("outer") as o:
    with Tx("inner") as i:
        raise KeyError("inner swallowed")
    print("after inner")
with Tx("final"):
    raise ZeroDivisionError("uncaught through with")
