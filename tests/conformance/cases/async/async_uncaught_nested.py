def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Pause:
    def __await__(self):
        yield

async def read_config(name):
    await Pause()
    return {"name": name}[name.upper()]

async def startup():
    cfg = await read_config("db")
    return cfg

print("starting")
run(startup())
