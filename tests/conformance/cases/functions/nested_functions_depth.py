def level(n):
    def inner():
        return n
    if n == 0:
        return [inner]
    return [inner] + level(n - 1)

print([f() for f in level(5)])

def builder():
    ops = []
    for i in range(3):
        def op(x, i=i):
            return x + i
        ops.append(op)
    return ops
print([op(10) for op in builder()])

def accumulate():
    total = 0
    def add(x):
        nonlocal total
        total += x
        def report():
            return f"total={total}"
        return report
    return add
add = accumulate()
r1 = add(3)
r2 = add(4)
print(r1(), r2())
