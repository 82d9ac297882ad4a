async def f():
    await x
    async for a in b:
        pass
    else:
        pass
    async with c as d, e:
        pass
    async with (c as d, e as f):
        pass
    return [x async for x in y]
