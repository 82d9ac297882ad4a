class Temp:
    def __init__(self, deg):
        self.deg = deg
    def __repr__(self):
        return f"Temp({self.deg})"
    def __str__(self):
        return f"{self.deg}°"
    def __format__(self, spec):
        if spec.endswith("F"):
            return f"{self.deg * 9 / 5 + 32:{spec[:-1]}f}F"
        if spec == "":
            return str(self)
        return format(self.deg, spec) + "C"

t = Temp(21.5)
print(t, repr(t), str(t), [t])
print(f"{t}", f"{t!r}", f"{t!s}", f"{t:.1F}", f"{t:>8}", f"{t:.3f}")
print(format(t, "F"), "{:.0F}".format(t), "{0!r:>12}|".format(t))

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
print(ascii(Temp(3)))
try:
    f"{OnlyRepr():>5}"
except TypeError as e:
    print(type(e).__name__, e)
