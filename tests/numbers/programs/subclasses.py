class I(int):
    pass
class F(float):
    pass
class C(complex):
    pass
class J(I):
    def __repr__(self):
        return "J!"
i, f, c, j = I(5), F(1.5), C(1, 2), J(7)
for v in [i, f, c, j]:
    print(type(v).__name__, repr(v), str(v), format(v, ''), hash(v) == hash(v.real if isinstance(v, complex) else v))
print(i + 1, type(i + 1).__name__, i * i, -i, type(-i).__name__, abs(I(-3)), type(+i).__name__)
print(f + 1, type(f + 1).__name__, type(+f).__name__, type(abs(f)).__name__, f.real, type(f.real).__name__)
print(c * 2, type(c * 2).__name__, type(+c).__name__, c.conjugate())
print(I("12"), I("ff", 16), I(3.9), F("2.5"), F(3), C("1+1j"), C(2, 3))
print(type(I.from_bytes(b"\x01\x02")).__name__, I.from_bytes(b"\x01\x02"))
print(type(F.fromhex("0x1p3")).__name__, F.fromhex("0x1p3"))
print(isinstance(i, int), isinstance(True, int), bool.__mro__ if False else "")
print(int(j), float(j), j + 0, format(j, 'd'), format(j, ''), f"{j}", f"{j!r}")
i.attr = 1
print(i.attr, i.__dict__)
print(I(), F(), C(), int(), float(), complex(), bool())
print(round(F(2.5)), round(I(15), -1), type(round(I(15), -1)).__name__)
print(sorted([I(3), 2.5, True, 1]))
print(I(5) == 5, F(1.5) == 1.5, {I(1): 'a'}[1], {1.5: 'b'}[F(1.5)])
print(int.__new__(I, 42), type(int.__new__(I, 42)).__name__)
try:
    int.__new__(bool, 1)
except TypeError as e:
    print(e)
try:
    float.__new__(int)
except TypeError as e:
    print(e)
class Idx:
    def __index__(self):
        return 7
class Flt:
    def __float__(self):
        return 2.5
class Tr:
    def __trunc__(self):
        return 9
class IntM:
    def __int__(self):
        return 11
print(int(Idx()), float(Idx()), int(IntM()), float(Flt()), complex(Flt()), complex(Idx()))
class Cx:
    def __complex__(self):
        return 1+2j
print(complex(Cx()), complex(Cx(), 1))
for bad in [lambda: int(Flt()), lambda: float([]), lambda: complex({}), lambda: int("1", Flt())]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(pow(3, -1, 7), pow(2, 100, 10**9 + 7), pow(-2, 3), pow(2, -2), pow(2.0, 3))
print(1e16, 1e-5, 0.1 + 0.2, 1/3, -0.0, float('inf'), float('nan'), 2.5e-7, 123456789012345678.0)
print(complex(0, -0.0), complex(-0.0, 0), 1e300 * 1e300, -1e300 * 1e300)
print(f"{12345.6789:_.2f}|{-42:+08d}|{3.5:^10.1%}|{1e100:g}|{0.0001:e}|{255:X}|{65:c}|{1j:.3f}")
print("%d %5.2f %e %g %x %o %r %s" % (42, 3.14159, 12345.678, 0.0001234, 255, 8, 1.5, 2.5))
class Money(float):
    def __new__(cls, v, cur="EUR"):
        self = super().__new__(cls, v)
        self.cur = cur
        return self
    def __repr__(self):
        return f"{float(self):.2f} {self.cur}"
m = Money(3.456)
print(m, m + 1, type(m + 1).__name__, m.cur, Money(2, "USD"), f"{m:.1f}", format(m, ""))
class Bits(int):
    def __new__(cls, v=0):
        return super().__new__(cls, v & 0xFF)
    def __add__(self, o):
        return Bits(int(self) + int(o))
    __radd__ = __add__
print(Bits(300), Bits(200) + 100, 100 + Bits(200), type(100 + Bits(200)).__name__, Bits(5) * 2, type(Bits(5) * 2).__name__)
class Zero(complex):
    pass
print(Zero(), Zero(1), Zero("2j"), Zero(1) == 1, hash(Zero(1)) == hash(1))
print(I.__mro__, issubclass(I, int), bool.__mro__)
print(int.__new__(I, "ff", 16), float.__new__(F, "1e3"), complex.__new__(C, 1j))
