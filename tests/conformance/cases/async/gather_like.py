class Future:
    def __init__(self):
        self.done = False
        self.value = None
    def set(self, v):
        self.done, self.value = True, v
    def __await__(self):
        while not self.done:
            yield self
        return self.value

class Loop:
    def __init__(self):
        self.tasks = []
        self.log = []
    def create_task(self, coro):
        fut = Future()
        self.tasks.append((coro, fut))
        return fut
    def run_until_complete(self, coro):
        main = self.create_task(coro)
        while not main.done:
            coro_, fut = self.tasks.pop(0)
            try:
                coro_.send(None)
                self.tasks.append((coro_, fut))
            except StopIteration as e:
                fut.set(e.value)
        return main.value

loop = Loop()

async def fetch(name, delay):
    for _ in range(delay):
        loop.log.append(name)
        await Future.__new__(SkipOnce)
    return name.upper()

class SkipOnce(Future):
    def __await__(self):
        yield
        return None

async def gather(*coros):
    futs = [loop.create_task(c) for c in coros]
    return [await f for f in futs]

async def main():
    return await gather(fetch("a", 3), fetch("b", 1), fetch("c", 2))

print(loop.run_until_complete(main()))
print("".join(loop.log))
