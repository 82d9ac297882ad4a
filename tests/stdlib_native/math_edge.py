# math: argument conversion corner cases, huge ints, int subclasses, __index__/__float__ objects.
import math


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


class I(int):
    pass


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Flt:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v


class Both:
    def __float__(self):
        return 2.5

    def __index__(self):
        return 7


class FloatIdx(float):
    def __index__(self):
        return 3


print(math.sqrt(I(16)), math.gcd(I(12), Idx(18)), math.lcm(Idx(4), 6), math.isqrt(Idx(50)), math.factorial(Idx(5)), math.comb(Idx(5), I(2)), math.perm(I(4), Idx(2)))
print(math.sqrt(Idx(9)), math.sqrt(Flt(2.25)), math.sqrt(Both()), math.floor(Flt(2.5)), math.ceil(Idx(3)), math.isnan(Idx(1)), math.copysign(Idx(3), -1))
print(math.ldexp(Flt(1.5), I(3)), math.ldexp(1.0, True), math.frexp(Idx(8)), math.modf(I(5)), math.fabs(I(-3)), math.degrees(I(1)))
print(math.log(I(100), Idx(10)), math.log2(I(1024)), math.log10(Idx(1000)), math.log(Flt(math.e)), math.exp(I(1)))
print(math.hypot(I(3), Idx(4)), math.dist([Idx(0)], [Flt(2.0)]), math.fsum([I(1), Idx(2), Flt(0.5)]), math.prod([I(2), Idx(3)]))
t("factorial FloatIdx", lambda: math.factorial(FloatIdx(3.0)))
t("gcd FloatIdx", lambda: math.gcd(FloatIdx(3.0), 6))
t("sqrt FloatIdx", lambda: math.sqrt(FloatIdx(16.0)))
t("ldexp Idx exp", lambda: math.ldexp(1.0, Idx(2)))
t("ldexp bool float", lambda: math.ldexp(True, 2))
t("float returns str", lambda: math.sqrt(Flt("x")))
t("index returns float", lambda: math.factorial(Idx(2.0)))
t("floor obj", lambda: math.floor(object()))
t("isqrt bool neg", lambda: math.isqrt(Idx(-4)))

big = 10**400
print(math.log(big), math.log10(big), math.log2(big), math.log(big, 10), math.log(2**1030, 2**515), math.log(10**1000, big))
print(math.log(I(10**400)), math.log1p(10**300), math.log(2**1023), math.log(2**1024), math.log(2**1024 - 1), math.log(3 * 2**2000))
t("exp big int", lambda: math.exp(10**400))
t("log1p big", lambda: math.log1p(10**400))
t("sqrt huge", lambda: math.sqrt(2**1024))
t("floor huge int", lambda: math.floor(10**400) == 10**400)
t("ceil bigint", lambda: math.ceil(-(10**30)))
t("trunc bigint", lambda: math.trunc(2**100))
t("isqrt huge", lambda: math.isqrt(10**2000 + 12345) == 10**1000)
t("log idx huge", lambda: math.log(Idx(10**400)))
print(math.isclose(10**400, 10**400), math.isclose(1, 1 + 1e-10, abs_tol=0), math.isfinite(2**1000))
t("isfinite huge", lambda: math.isfinite(10**400))
t("isclose huge", lambda: math.isclose(10**400, 1))

print(math.gcd(2**200 * 3**50, 2**150 * 5**20), math.gcd(-(2**70), 2**69 * 7), math.gcd(0, 10**30), math.lcm(2**80, 3**40, 5**20) % 1000003)
print(math.gcd(*range(12, 1200, 12)), math.lcm(*range(1, 30)), math.gcd(7, 7, 7, 7, 0), math.lcm(1, 1, 1, -1))
print(math.comb(10**18, 2), math.perm(10**18, 3), math.comb(2**64, 3) % 10**9, math.comb(500, 250) % 10**12, math.comb(1000, 999), math.perm(50, 0))
print(math.factorial(170) == math.prod(range(1, 171)), math.comb(100, 50) == math.factorial(100) // math.factorial(50) ** 2)
print([math.isqrt(n) for n in [2**52 - 1, 2**52 + 1, 2**104 - 1, 2**104, 10**31, 4503599761588224, 4503599761588223]])
print(math.ulp(2**1023 * 1.5), math.ulp(-5e-324), math.nextafter(-0.0, 1), math.nextafter(5e-324, 0), math.nextafter(-5e-324, 0))
print(math.nextafter(1.0, 2.0, steps=2**52), math.nextafter(0.0, math.inf, steps=2**64), math.nextafter(math.inf, 0, steps=3), math.nextafter(-math.inf, 0, steps=1))
print(math.remainder(3.5, 1), math.remainder(2.5, 1), math.remainder(-2.5, 1), math.remainder(5e-324, 1e-323), math.remainder(1e-323, 1e-323 * 2))
print(math.fmod(-7, 3), math.fmod(7, -3), math.fmod(1e300, 3), math.fmod(5e-324, 1e-300), math.fmod(-0.0, -1))
print(math.copysign(0.0, -1), math.copysign(-0.0, 1), math.copysign(math.nan, -1.0), math.copysign(1.0, -math.nan))
print(math.atan2(-0.0, 1), math.atan2(0.0, -1), math.atan2(-0.0, -1), math.atan2(math.inf, -math.inf), math.atan2(-1e-310, -1))
print(math.hypot(-0.0, -0.0), math.hypot(1e-320, 1e-320), math.hypot(3e-320, 4e-320), math.hypot(1.5e308, 1e308), math.hypot(*[1e300] * 4))
print(math.dist((1e308,), (-1e308,)) if False else 0, math.dist((1, 2), (1, 2)), math.dist([0.5] * 3, [-0.5] * 3))
print(math.fsum([1e16, 1.0, 1e-16]), math.fsum([-1e16, -1.0, -1e-16]), math.fsum([1.0, 1e100, 1.0, -1e100] * 100), math.fsum([0.1] * 1000 + [-100.0]))
print(math.fsum(i * 1e-17 for i in range(1000)), math.fsum([3.0, -0.0]), math.fsum([-0.0, -0.0]), math.fsum(range(10**6, 10**6 + 10)))
print(math.prod(range(1, 30), start=1.0), math.prod([2.0] * 1100), math.prod([10**20, 0.5]), math.prod([], start=[1]))
print(math.sumprod([0.1] * 20, [0.2] * 20), math.sumprod([1e308, -1e308], [2.0, 2.0]), math.sumprod([2**62, 2**62, -2**63], [2, 1, 1]))
print(math.sumprod([1.5, 2, 3.5], [True, False, 2]), math.sumprod([2**70, 1.5], [1, 2.0]), math.sumprod([1, 2.0, "s"][:2], [3, 4]))
print(math.sumprod([1e308, 1e308], [10.0, -10.0]) if False else 0, math.sumprod([0.1, 0.2, 0.3], [1, 1, 1]), sum([0.1, 0.2, 0.3]))
