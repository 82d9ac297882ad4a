class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress

with Resource("a") as r:
    print("body", r)

with Resource("b", suppress=True):
    raise ValueError("suppressed")
print("after b")

try:
    with Resource("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))

with Resource("x") as x, Resource("y") as y:
    print("both", x, y)

with (Resource("p") as p,
      Resource("q", suppress=True) as q):
    1 / 0
print("done")

def early():
    with Resource("ret"):
        return "returned"
print(early())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            break
