class Tracer:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def _op(sym):
        def f(self, other):
            return Tracer(f"({self.name}{sym}{other.name if isinstance(other, Tracer) else other})")
        return f
    __add__ = _op("+")
    __mul__ = _op("*")
    __pow__ = _op("**")
    __sub__ = _op("-")
    __and__ = _op("&")
    __or__ = _op("|")
    __lshift__ = _op("<<")
    def __neg__(self):
        return Tracer(f"(-{self.name})")
    def __rpow__(self, other):
        return Tracer(f"({other}**{self.name})")

a, b, c, d = (Tracer(n) for n in "abcd")
print(a + b * c)
print(a * b + c * d)
print(a ** b ** c)
print(-a ** b)
print(a - b - c)
print(a | b & c)
print(a << b + c)
print(2 ** -a)
