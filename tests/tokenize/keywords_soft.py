match x:
    case [1, _]:
        pass
type X = int
async def f():
    await g()
    async for a in b: pass
