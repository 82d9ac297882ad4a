class Recorder:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.log = []
    def __getattribute__(self, name):
        if name not in ("log", "__class__") and not name.startswith("__"):
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    a = 1
    b = 2

r = Recorder()
match r:
    case Recorder(1, 3):
        print("no")
    case Recorder(a=1, b=2):
        print("yes")
print(r.log)

class Seq:
    def __init__(self, items):
        self.items = items
from collections.abc import Sequence
class MySeq(Sequence):
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        print("len called")
        return len(self.items)
    def __getitem__(self, i):
        print("getitem", i)
        return self.items[i]
match MySeq(1, 2, 3):
    case [a, b]:
        print("two")
    case [a, *rest, c]:
        print("first/last", a, rest, c)
