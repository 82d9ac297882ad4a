def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Yield:
    def __await__(self):
        yield

class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Yield()
        self.i += 1
        return self.i

async def main():
    seen = []
    async for t in Ticker(3):
        seen.append(t)
    else:
        seen.append("else")
    async for t in Ticker(5):
        if t == 2:
            break
    print("broke at", t)
    return seen

print(run(main()))

async def bad():
    async for x in [1, 2]:
        pass
try:
    run(bad())
except TypeError as e:
    print(type(e).__name__, e)
