class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        print("  __add__", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__", other)
        if other == 0:
            return self
        return self.__add__(other)
    def __rmul__(self, k):
        print("  __rmul__", k)
        return Money(self.cents * k)
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __rtruediv__(self, other):
        return f"{other} / {self.cents}"
    def __rpow__(self, other):
        return other ** 2

print(Money(5) + Money(7))
print(Money(5) + 3)
print(3 + Money(5))
print(sum([Money(1), Money(2), Money(3)]))
print(3 * Money(4))
print(10 - Money(4), 1 / Money(2), 3 ** Money(0))
try:
    Money(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    Money(1) * 2
except TypeError as e:
    print(type(e).__name__, e)
