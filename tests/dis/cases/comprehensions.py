xs = [x * 2 for x in range(10) if x % 3]
ys = {x: y for x in range(3) for y in range(x)}
zs = {x for x in "abc"}
gs = (x for x in xs)
def f(data):
    a = [y for y in data]
    b = [[i * j for j in row] for i, row in enumerate(data)]
    c = sum(x for x in data if x)
    return a, b, c, [lambda: k for k in data]
class C:
    vals = [v for v in range(3)]
    other = [w + len(vals) for w in vals]
