await x
async for a in b: pass
async with c: pass
