async def f():
    return await g(await h, *await i)
