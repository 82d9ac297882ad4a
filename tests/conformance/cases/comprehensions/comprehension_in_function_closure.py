def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])

def make_late():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_late()])

def outer(n):
    def inner():
        return [n * k for k in range(3)]
    n += 1
    return inner()
print(outer(2))

def nested_free():
    base = 100
    return [[base + r + c for c in range(2)] for r in range(2)]
print(nested_free())

def comp_in_lambda():
    f = lambda seq: [s.upper() for s in seq]
    return f("ab")
print(comp_in_lambda())
