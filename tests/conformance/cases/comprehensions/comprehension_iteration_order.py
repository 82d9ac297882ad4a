log = []

def it(name, values):
    log.append(f"iter {name}")
    return iter(values)

def cond(name, v):
    log.append(f"test {name}={v}")
    return True

result = [(a, b) for a in it("A", [1, 2]) if cond("a", a) for b in it("B", "xy") if cond("b", b)]
print(result)
for entry in log:
    print(entry)
