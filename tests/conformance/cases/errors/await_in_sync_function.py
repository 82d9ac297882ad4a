async def fetch():
    return 1

def caller():
    value = await fetch()
    return value
