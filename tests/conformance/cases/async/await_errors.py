def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class NotAwaitable:
    pass

class BadAwait:
    def __await__(self):
        return 42

async def await_int():
    await 5
async def await_obj():
    await NotAwaitable()
async def await_bad():
    await BadAwait()

for f in (await_int, await_obj, await_bad):
    try:
        run(f())
    except TypeError as e:
        print(type(e).__name__, e)

async def reuse_target():
    return 1
async def main():
    c = reuse_target()
    await c
    try:
        await c
    except RuntimeError as e:
        print(type(e).__name__, e)
run(main())
