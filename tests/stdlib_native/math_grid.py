# math: elementary functions over grids of common arguments (k/8, k/10, integers, powers of ten).
import math

grid = sorted({k / 8 for k in range(-80, 81)} | {k / 10 for k in range(-50, 51)} | {float(k) for k in range(-30, 31)} | {10.0 ** e for e in range(-8, 9)})


# Arguments where glibc's result is not the correctly rounded one (ours is): see math_glibc_rounding.py.
GLIBC_NOT_CR = {("tan", -8.25), ("tan", 8.25), ("pow3.0", -3.2), ("atan2_1.5", -2.9), ("atan2_1.5", 2.9),
                ("atan2_7.0", -0.75), ("atan2_7.0", 0.75)}


def row(name, f, xs):
    out = []
    for x in xs:
        if (name, x) in GLIBC_NOT_CR:
            continue
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0])
    print(name, " ".join(out))


for name in ["exp", "expm1", "exp2", "sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "asinh", "erf", "erfc", "cbrt", "gamma", "lgamma"]:
    row(name, getattr(math, name), grid)
pos = [x for x in grid if x > 0]
for name in ["log", "log2", "log10", "log1p", "sqrt", "acosh"]:
    row(name, getattr(math, name), pos)
unit = [x for x in grid if -1 <= x <= 1]
for name in ["asin", "acos", "atanh"]:
    row(name, getattr(math, name), unit)
small = [x for x in grid if -4 <= x <= 4]
for b in [0.5, 2.0, 3.0, 10.0, 1.5, 7.0]:
    row(f"pow{b}", lambda y: math.pow(b, y), small)
    row(f"atan2_{b}", lambda y: math.atan2(y, b), small)
    row(f"log_base{b}", lambda x: math.log(x, b), pos)
print([math.hypot(a, b) for a in range(1, 6) for b in range(1, 6)])
print([math.dist((a, 0.5), (0.25, b)) for a in range(3) for b in range(3)])
