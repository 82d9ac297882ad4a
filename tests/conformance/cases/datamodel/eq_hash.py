class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return f"Key({self.k!r})"

d = {Key("Name"): 1}
print(d[Key("NAME")], Key("a") in {Key("A")}, len({Key("x"), Key("X"), Key("y")}))

class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)

class EqInherit(EqOnly):
    __hash__ = object.__hash__
print(len({EqInherit(), EqInherit()}))

class H:
    def __hash__(self):
        return "not an int"
try:
    hash(H())
except TypeError as e:
    print(type(e).__name__, e)

class Big:
    def __hash__(self):
        return 2 ** 70
print(hash(Big()) == hash(2 ** 70))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2))
print(1 in {1.0: "x"}, {1: "int", 1.0: "float"})
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
