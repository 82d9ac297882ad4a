class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x!r})"
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(("r", o, self.x))
    def __mul__(self, o):
        return NotImplemented
    def __rmul__(self, o):
        return V(("rmul", o))
    def __eq__(self, o):
        return isinstance(o, V) and o.x == self.x
    def __lt__(self, o):
        return ("lt", o)
    def __gt__(self, o):
        return ("gt", o)
    __hash__ = None
print(1 + V(2), V(2) + 1, 1.5 + V(2), (1 + 2j) + V(0), True + V(1), 3 * V(1), 2.5 * V(1))
print(1 < V(0), 1.5 > V(0), 1 == V(1), V(1) == 1, 1 != V(1))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([0, 1, 2, 3][Idx(2)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3)), (5).to_bytes(Idx(2), "big"))
print(int(Idx(7)), float(Idx(7)), complex(Idx(7)), round(2.5, Idx(0)))
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return self.v
    def __float__(self):
        return float(self.v) + 0.5
    def __complex__(self):
        return complex(self.v, 1)
    def __round__(self, n=None):
        return ("round", n)
    def __trunc__(self):
        return 99
    def __floor__(self):
        return -1
    def __ceil__(self):
        return 1
print(int(Num(3)), float(Num(3)), complex(Num(3)), round(Num(1)), round(Num(1), 2))
import math
print(math.trunc(Num(1)), math.floor(Num(1)), math.ceil(Num(1)), math.floor(2.5), math.ceil(-2.5), math.trunc(-2.7))
print(sum([0.1] * 10), sum([1, 2.5, 3j]), sum(range(10**6)), max(1, 2.5, True), min([3, 2.0, 5]), sorted([3, 1.5, True, -2, 2**70, 0.0]))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, -2), divmod(2**70, 3), divmod(-2**70, 7.0))
print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(-8, 1/3), pow(3, 4, 5), pow(2, -1, 7), pow(True, 2))
print(abs(-5), abs(-2.5), abs(3 - 4j), abs(True), -True, +False, ~5, ~-1, ~2**70)
print(1 == 1.0 == (1 + 0j) == True, hash(1) == hash(1.0) == hash(1 + 0j) == hash(True), {1: "a", 1.0: "b", True: "c"})
print(0.1 + 0.2 == 0.3, 0.1 + 0.2, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10, (1e308 * 10) - (1e308 * 10))
print(10 / 4, 10 // 4, 10 % 4, -10 // 4, -10 % 4, 10 // -4, 10 % -4, 10.0 // 4, -10.0 % 4, 7 % 0.5, -0.0 % 1)
print(2 ** 100, 2 ** -2, (-2) ** 3, (-2) ** -3, 0 ** 0, 0.0 ** 0, 2 ** 0.5, (-1) ** 0.5, 1j ** 2, (1 + 1j) ** 3)
print(5 & 3, 5 | 3, 5 ^ 3, -5 & 0xFF, -1 >> 10, 1 << 100, 2**100 >> 98, True & False, True | False, True ^ True)
x = 5
x += 2.5
y = 10
y //= 3
z = 2
z **= 10
w = 1
w <<= 65
print(x, y, z, w, type(x).__name__)
n = 0
for i in range(1000):
    n += i * i
print(n, n ** 3, float(n), n / 7, n // 7)
print(int("1" * 100) * int("9" * 100))
print((12345678901234567890).bit_length(), (-1).bit_count(), (2**64).to_bytes(9, "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((3.5).as_integer_ratio(), (0.1).as_integer_ratio(), (10).as_integer_ratio(), (0.5).is_integer(), (2.0).is_integer(), (7).is_integer())
print((1.5).hex(), float.fromhex("0x1.8p1"), (255).real, (255).imag, (1.5).imag, (2 + 3j).real, (2 + 3j).imag, (4).conjugate())
