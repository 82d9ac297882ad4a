class Countdown:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        n = self.n
        while n:
            received = yield f"tick {n}"
            print("loop sent", received)
            n -= 1
        return "liftoff"

async def launch():
    result = await Countdown(2)
    return result.upper()

coro = launch()
print(coro.send(None))
print(coro.send("first"))
try:
    coro.send("second")
except StopIteration as e:
    print("finished:", e.value)

class AwaitIter:
    def __await__(self):
        return iter(["x", "y"])
async def use_iter():
    return await AwaitIter()
c = use_iter()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
