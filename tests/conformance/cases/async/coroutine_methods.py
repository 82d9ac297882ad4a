class Api:
    def __init__(self, base):
        self.base = base
    async def get(self, path):
        return f"{self.base}/{path}"
    @classmethod
    async def create(cls, base):
        return cls(base)
    @staticmethod
    async def version():
        return "1.0"

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    api = await Api.create("http://x")
    return await api.get("users"), await Api.version(), await api.version()

print(run(main()))
c = Api("b").get("p")
print(c.cr_running, c.cr_frame is not None, c.cr_code.co_name)
c.close()
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
