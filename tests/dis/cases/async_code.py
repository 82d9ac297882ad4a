import asyncio
async def fetch(x):
    await asyncio.sleep(0)
    return x
async def main(items):
    results = [await fetch(i) for i in items]
    async for v in agen():
        results.append(v)
    async with asyncio.timeout(1) as t:
        pass
    return [v async for v in agen() if v]
async def agen():
    for i in range(3):
        yield i
        await asyncio.sleep(0)
