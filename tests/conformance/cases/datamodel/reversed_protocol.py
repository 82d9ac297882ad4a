class Seq:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]

print(list(reversed(Seq(1, 2, 3))))

class Custom:
    def __reversed__(self):
        return iter("custom reversed")
print("".join(reversed(Custom())))

class NoReverse:
    def __iter__(self):
        return iter([1])
try:
    reversed(NoReverse())
except TypeError as e:
    print(type(e).__name__, e)

class NoneRev(Seq):
    __reversed__ = None
try:
    reversed(NoneRev(1))
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(range(5))), list(reversed({"a": 1, "b": 2})), list(reversed([])))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
