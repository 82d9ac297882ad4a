def gen():
    try:
        yield 1
    except GeneratorExit:
        raise
    finally:
        print("cleanup")
    with open("x") as f:
        yield f
async def agen():
    try:
        yield 1
    finally:
        await cleanup()
