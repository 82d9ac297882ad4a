vals = [0, 7, -7, 255, 123456789, -2**70, True]
specs = ["", "d", "5", "<5", "^7", "+", " ", "08", "#x", "#X", "#o", "#b", ",", "_", "_x", "#010_b", "c", "e", ".2%", "n", "=+8"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__)
    print(" | ".join(out))
fvals = [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, float("inf"), float("nan"), 2.675, 0.125, 1 / 3]
fspecs = ["", ".2f", ".0f", ".3e", "e", "g", ".3g", "#.3g", "10.4f", "<12.2e", "^12", "+.1f", " .1f", "012.3f", ",.2f", "_.1f", ".1%", "z.1f", "G", "E", "F", "n", ".10", "#", "#.0f", "=+10.2f"]
for v in fvals:
    print(" | ".join(format(v, s) for s in fspecs))
for v in [1 + 2j, -1.5 - 0.5j, 1j, complex(-0.0, -0.0), complex(1e20, 1e-20)]:
    print(" | ".join(format(v, s) for s in ["", ".2f", "^20", "<15.3e", "+g", ".0", "z.1f"]))
x, y = 3.14159, 42
print(f"{x}|{x:.2f}|{x:10.3f}|{x:<10.3}|{y:>5}|{y:#x}|{y:08b}|{x!r}|{y!s:>4}|{x:{y // 10}.{y % 5}f}")
print(f"{1e100}|{1e-100}|{12.0}|{-0.0}|{2**64}|{10**30 / 3}|{2/3:.30f}|{1e20:,.2f}")
print("{:.3f} {:>8} {:e} {:%} {:,} {:x} {:c}".format(1.5, 2.5, 12345.6789, 0.25, 10**9, 3054, 9731))
print("%d %i %5.2f %-8.3e %g %G %x %X %o %c %r %s %%" % (42, -3, 3.14159, 12345.678, 1e-5, 1e20, 255, 255, 8, 65, 1.5, 2.5))
print("%+d % d %05d %.3d %#x %#o %e %.0f %.0e %#.0f %10.4g" % (5, 5, -42, 7, 255, 8, 0.0, 2.5, 2.5, 2.5, 1234567.0))
print("%s %r %a" % (1e16, 1e16, 1e-5), "%.20f" % 0.1, "%.15g" % 0.1, "%.17g" % 0.1)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1.005, 2), round(12345, -2), round(-12355, -1))
print(round(1e300, -299), round(5e-324, 323), round(123.456, 1), round(123.456, -1), round(float("inf"), 2), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(str(0.1), str(1e16), str(1.0), str(100.0), str(1e-4), str(1e-5), repr(1e15), repr(123456789012345678.0))
print(1/3, 2/3, 10/3, 1e23, 9007199254740993.0, 0.1 * 3, 1.1 * 1.1, 100 * 1.1)
