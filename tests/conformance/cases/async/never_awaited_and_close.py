import sys

async def job():
    return "done"

c = job()
c.close()
print("closed without running")
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
print(run(job()))
async def consumes():
    return await job()
print(run(consumes()))
print(sys.getrecursionlimit() > 0)
