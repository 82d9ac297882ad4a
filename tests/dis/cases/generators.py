def gen(n):
    for i in range(n):
        x = yield i
        if x:
            yield from range(x)
    return "end"
def delegate():
    result = yield from gen(3)
    return result
g = (i * i for i in range(3))
