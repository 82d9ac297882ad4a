class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

data = list("abcdefgh")
print(data[Idx(2)], data[Idx(1):Idx(6):Idx(2)], "xyz"[Idx(-1)])
print(range(10)[Idx(3)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print([0] * Idx(3), "ab" * Idx(2), int(Idx(7)))
print(list(range(20))[Idx(11)], (10).__index__())

class NotIdx:
    pass
try:
    data[NotIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    data["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    data[1.0]
except TypeError as e:
    print(type(e).__name__, e)
class BadIdx:
    def __index__(self):
        return "3"
try:
    data[BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
print(data[True], (10, 20)[False])
