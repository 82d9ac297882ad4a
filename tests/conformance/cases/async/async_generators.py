def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Step:
    def __await__(self):
        yield

async def countdown(n):
    while n:
        await Step()
        yield n
        n -= 1

async def main():
    out = [x async for x in countdown(3)]
    gen = countdown(2)
    print(type(gen).__name__)
    first = await gen.__anext__()
    second = await anext(gen)
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print("default:", await anext(countdown(0), "empty"))
    squares = {x: x * x async for x in countdown(3) if x != 2}
    return out, first, second, squares

print(run(main()))

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def closer():
    g = agen()
    print(await g.asend(None))
    await g.aclose()
    return "closed"
print(run(closer()))
