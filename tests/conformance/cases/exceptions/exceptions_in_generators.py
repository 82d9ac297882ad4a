def numbers():
    yield 1
    yield 2
    raise ValueError("generator failed")

g = numbers()
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, "exhausted after error"))

def reader(lines):
    for i, line in enumerate(lines, 1):
        if not line:
            raise EOFError(f"empty line {i}")
        yield line.upper()

def consume():
    return list(reader(["a", "b", "", "d"]))

try:
    consume()
except EOFError as e:
    print(type(e).__name__, e)

squares = (1 // x for x in [1, 0])
print(next(squares))
for v in squares:
    print(v)
