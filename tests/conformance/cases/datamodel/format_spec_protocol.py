class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        print("spec:", repr(spec))
        if not spec:
            return f"${self.amount}"
        return "$" + format(self.amount, spec)

m = Money(1234.5)
print(f"{m}")
print(f"{m:,.2f}")
width = 12
print(f"[{m:>{width},.1f}]")
print("{:08.2f}".format(m))
print(format(m, "e"))
print(f"{m!s:>3}"[:1] == "<" or True)
print(f"{3.14159:{'.'}{2}f}")
print(format(255, "#x"), format(255, "08b"), format(-3, "+d"), format(0.5, "%"))
print(format("x", "^5"), format("x", "*<3"), format(12345678, "_"))
