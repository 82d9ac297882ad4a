async def f():  # type: () -> None
    async for x in y:  # type: int
        pass
    async with a as b:  # type: str
        pass
