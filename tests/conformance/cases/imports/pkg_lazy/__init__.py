_loaded = {}

def __getattr__(name):
    if name.startswith("lazy_"):
        _loaded[name] = True
        return f"computed {name}"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

def __dir__():
    return ["lazy_x", "lazy_y"]
