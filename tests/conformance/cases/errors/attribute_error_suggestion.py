items = [1, 2]
try:
    items.apend(3)
except AttributeError as e:
    print(type(e).__name__, e, "| name:", e.name, "| obj is items:", e.obj is items)

class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3

cfg = Config()
print(cfg.timeout)
print(cfg.timout)
