def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def add(a, b):
    return a + b

async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y

c = compute()
print(type(c).__name__, c.__qualname__)
print(run(c))
print(run(add(5, 6)))

async def nothing():
    pass
print(run(nothing()))
print(type(compute).__name__, compute.__code__.co_flags & 0x80 != 0)
