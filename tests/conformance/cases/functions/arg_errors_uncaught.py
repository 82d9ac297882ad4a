def configure(name, *, verbose=False):
    return name, verbose

print(configure("ok", verbose=True))
configure("bad", True)
