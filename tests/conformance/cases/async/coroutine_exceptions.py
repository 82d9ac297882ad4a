def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield

async def fails(msg):
    await Tick()
    raise ValueError(msg)

async def handles():
    try:
        await fails("handled inside")
    except ValueError as e:
        return f"caught: {e}"

async def cleanup():
    try:
        await fails("with finally")
    finally:
        print("finally in coroutine")

print(run(handles()))
try:
    run(cleanup())
except ValueError as e:
    print("propagated:", e)

async def throw_target():
    try:
        await Tick()
    except KeyError as e:
        return f"throw delivered {e!r}"
c = throw_target()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

async def main():
    await fails("uncaught in coroutine")
run(main())
