# math: constants, rounding, predicates, simple float functions, argument conversion.
import math


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf))
print(math.__name__, sorted(n for n in dir(math) if not n.startswith("_")))

for x in [0, 1, -1, 2.5, -2.5, 3.7, -3.7, 1e16, -0.0, 0.5, 1.5, 2**60, -(2**70), True]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), math.fabs(x))
for x in [1e300, -1e300, 123456789.987654321, 4503599627370497.0]:
    print(math.floor(x), math.ceil(x), math.trunc(x))
t("floor inf", lambda: math.floor(math.inf))
t("ceil -inf", lambda: math.ceil(-math.inf))
t("floor nan", lambda: math.floor(math.nan))
t("trunc nan", lambda: math.trunc(math.nan))
t("floor str", lambda: math.floor("1"))
t("ceil str", lambda: math.ceil("1"))
t("trunc str", lambda: math.trunc("1"))
t("fabs str", lambda: math.fabs("1"))
t("fabs None", lambda: math.fabs(None))


class Floorable:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


class HasFloat:
    def __float__(self):
        return 2.75


class HasIndex:
    def __index__(self):
        return 7


class BadFloat:
    def __float__(self):
        return 1


print(math.floor(Floorable()), math.ceil(Floorable()), math.trunc(Floorable()))
print(math.floor(HasFloat()), math.ceil(HasFloat()), math.sqrt(HasFloat()), math.sqrt(HasIndex()))
t("trunc HasFloat", lambda: math.trunc(HasFloat()))
t("sqrt BadFloat", lambda: math.sqrt(BadFloat()))
t("floor BadFloat", lambda: math.floor(BadFloat()))


class FloatSub(float):
    pass


class IntSub(int):
    pass


print(math.floor(FloatSub(2.5)), math.sqrt(FloatSub(16.0)), math.sqrt(IntSub(25)), math.factorial(IntSub(5)))

for x in [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan, 1e-320, 5e-324, 1.7976931348623157e308]:
    print(x, math.isfinite(x), math.isinf(x), math.isnan(x), math.copysign(1.0, x))

print(math.copysign(3, -0.0), math.copysign(-3, 0.0), math.copysign(2, math.nan), math.copysign(math.inf, -1))
print(math.sqrt(0), math.sqrt(-0.0), math.sqrt(2), math.sqrt(1e-310), math.sqrt(math.inf), math.sqrt(4), math.sqrt(10**20))
t("sqrt -1", lambda: math.sqrt(-1))
t("sqrt -inf", lambda: math.sqrt(-math.inf))
print(math.sqrt(math.nan))
t("sqrt big", lambda: math.sqrt(10**400))
t("sqrt no args", lambda: math.sqrt())
t("sqrt 2 args", lambda: math.sqrt(1, 2))
t("sqrt kw", lambda: math.sqrt(x=1))
t("sqrt str", lambda: math.sqrt("4"))
t("sqrt complex", lambda: math.sqrt(1j))

print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1), math.degrees(-0.0))
for x in [0.0, 1.0, -1.0, 0.5, 123.456, -1e-300, math.inf, -math.inf]:
    print(x, math.frexp(x), math.modf(x))
print(math.frexp(math.nan), math.modf(math.nan), math.frexp(5e-324), math.frexp(2**1023 * 1.5))
print(math.ldexp(1, 0), math.ldexp(1.5, 10), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(-1.0, 1023))
print(math.ldexp(0.0, 10**30), math.ldexp(-0.0, -5), math.ldexp(math.inf, -10**30), math.ldexp(1, -10**30))
print(math.ldexp(3, True), math.ldexp(0.75, -1073), math.ldexp(1.5, -1074))
t("ldexp overflow", lambda: math.ldexp(1, 1024))
t("ldexp huge", lambda: math.ldexp(1.0, 10**30))
t("ldexp float exp", lambda: math.ldexp(1.0, 2.0))
t("ldexp index exp", lambda: math.ldexp(1.0, HasIndex()))
t("ldexp 1 arg", lambda: math.ldexp(1.0))

print(math.fmod(10, 3), math.fmod(-10, 3), math.fmod(10, -3), math.fmod(-10, -3), math.fmod(5.5, 2), math.fmod(1, math.inf))
print(math.fmod(-0.0, 1), math.fmod(1e308, 1e-308), math.fmod(0.3, 0.1), math.fmod(math.nan, 1))
t("fmod zero", lambda: math.fmod(1, 0))
t("fmod inf", lambda: math.fmod(math.inf, 1))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2))
print(math.remainder(1, math.inf), math.remainder(0.3, 0.1), math.remainder(1e308, 1e-308), math.remainder(-0.0, 1), math.remainder(math.nan, 1))
t("remainder zero", lambda: math.remainder(1, 0))
t("remainder inf", lambda: math.remainder(math.inf, 1))

print(math.isclose(1, 1), math.isclose(1, 1.0000000001), math.isclose(1, 1.00001), math.isclose(0, 1e-10))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(1, 1.1, rel_tol=0.1), math.isclose(1, 1.1, rel_tol=0.09))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(math.inf, 1e308))
t("isclose neg tol", lambda: math.isclose(1, 2, rel_tol=-1))
t("isclose neg abs", lambda: math.isclose(1, 2, abs_tol=-1))
t("isclose 3 pos", lambda: math.isclose(1, 2, 3))
t("isclose missing", lambda: math.isclose(1))
t("isclose bad kw", lambda: math.isclose(1, 2, foo=1))
t("isclose dup", lambda: math.isclose(1, a=2))
t("isclose str", lambda: math.isclose("a", 1))
print(math.isclose(a=1, b=1.0), math.isclose(b=2, a=2, rel_tol=0))

print(math.ulp(1.0), math.ulp(0.0), math.ulp(-1.0), math.ulp(1e300), math.ulp(math.inf), math.ulp(math.nan), math.ulp(5e-324), math.ulp(1.7976931348623157e308))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(1, 1))
print(math.nextafter(-0.0, 0.0), math.nextafter(0.0, -0.0), math.nextafter(math.inf, 0), math.nextafter(1.7976931348623157e308, math.inf), math.nextafter(math.nan, 1), math.nextafter(1, math.nan))
print(math.nextafter(1.0, 2.0, steps=0), math.nextafter(1.0, 2.0, steps=5), math.nextafter(1.0, 0.0, steps=5), math.nextafter(0.0, 1.0, steps=3))
print(math.nextafter(-5e-324, 1.0, steps=3), math.nextafter(5e-324, -1.0, steps=2), math.nextafter(1.0, 1.0000000000000004, steps=100), math.nextafter(0.0, 1.0, steps=2**70))
print(math.nextafter(-1.0, 1.0, steps=2**70), math.nextafter(1.0, 2.0, steps=None), math.nextafter(1.0, 2.0, steps=True))
t("nextafter neg steps", lambda: math.nextafter(1, 2, steps=-1))
t("nextafter float steps", lambda: math.nextafter(1, 2, steps=1.0))
t("nextafter 3 pos", lambda: math.nextafter(1, 2, 3))
t("nextafter kw y", lambda: math.nextafter(1, y=2))

print(math.fma(2, 3, 4), math.fma(0.1, 10, -1), math.fma(1e308, 10, -math.inf), math.fma(math.inf, 1, 1))
print(math.fma(0.1, 0.1, -0.01), math.fma(1 + 2**-52, 1 + 2**-52, -1), math.fma(-0.0, 1, 0.0), math.fma(0.0, 1, -0.0), math.fma(-0.0, 1, -0.0))
t("fma invalid", lambda: math.fma(math.inf, 0, 1))
t("fma overflow", lambda: math.fma(1e308, 10, 0))
t("fma nan", lambda: math.fma(math.nan, 0, 1))
t("fma 2 args", lambda: math.fma(1, 2))
