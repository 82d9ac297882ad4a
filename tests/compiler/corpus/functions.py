def simple(a, b, /, c, *args, d=4, **kw):
    "Doc string."
    return a + b + c + d

def gen(n):
    for i in range(n):
        yield i
    yield from range(n)
    return n

async def coro(x):
    await x
    async with x as y:
        pass
    async for i in y:
        print(i)
    return [j async for j in y]

async def agen():
    yield 1

def closure():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    def reader():
        return x
    return inner, reader

def glob():
    global G
    G = 1
    return G

@decorator
@other(1)
def decorated(a: int, *b: str, c: "x" = 3, **d) -> None:
    pass

def comps(data):
    a = [x for x in data if x]
    b = {x for x in data}
    c = {k: v for k, v in data.items()}
    d = (x for x in data)
    e = [x * y for x in data for y in x]
    f = [lambda: x for x in data]
    return a, b, c, d, e, f

def defaults(a=[], *, b={}):
    return a, b

def unpack(*a, **k):
    return f(*a, **k), f(1, *a, 2, x=1, **k)

def star_targets():
    a, *b, c = range(5)
    [d, e] = 1, 2
    (f, g), h = (1, 2), 3
    return a, b, c, d, e, f, g, h
