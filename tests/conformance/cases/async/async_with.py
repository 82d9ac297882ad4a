def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Pause:
    def __await__(self):
        yield

class Connection:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await Pause()
        print("open", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await Pause()
        print("close", self.name, et.__name__ if et else None)
        return et is ValueError

async def main():
    async with Connection("db") as conn:
        print("using", conn.name)
    async with Connection("suppressing"):
        raise ValueError("suppressed")
    try:
        async with Connection("failing"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    async with Connection("a") as a, Connection("b") as b:
        print("both", a.name, b.name)
    return "main finished"

print(run(main()))

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def wrong():
    async with SyncOnly():
        pass
try:
    run(wrong())
except TypeError as e:
    print(type(e).__name__, e)
