class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield "sleeping"
        return self.ticks

class Loop:
    def __init__(self):
        self.ready = []
        self.results = {}
        self.clock = 0
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready:
            self.clock += 1
            name, coro = self.ready.pop(0)
            try:
                coro.send(None)
            except StopIteration as e:
                self.results[name] = (e.value, self.clock)
            else:
                self.ready.append((name, coro))
        return self.results

async def worker(name, steps):
    total = 0
    for i in range(steps):
        print(f"{name} step {i}")
        total += await Sleep(1)
    return f"{name} done after {total}"

loop = Loop()
loop.spawn("A", worker("A", 2))
loop.spawn("B", worker("B", 3))
loop.spawn("C", worker("C", 1))
for name, result in sorted(loop.run().items()):
    print(name, result)
