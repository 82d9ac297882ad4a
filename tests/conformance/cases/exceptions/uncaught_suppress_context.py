def lookup(key):
    try:
        return {"x": 1}[key]
    except KeyError:
        raise LookupError(f"unknown key {key}") from None

print(lookup("x"))
lookup("y")
