def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Nop:
    def __await__(self):
        yield

async def double(x):
    await Nop()
    return x * 2

async def arange(n):
    for i in range(n):
        await Nop()
        yield i

async def main():
    a = [await double(x) for x in range(3)]
    b = [x async for x in arange(4) if x % 2]
    c = {x: await double(x) async for x in arange(2)}
    d = [y for x in [1, 2] async for y in arange(x)]
    g = (await double(x) for x in range(2))
    e = [v async for v in g]
    return a, b, c, d, e

print(run(main()))
