def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={sorted(rest.items())}"
        case {"type": "scroll"}:
            return "scroll (extra keys ignored)"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

print(handle({"type": "click", "pos": (1, 2)}))
print(handle({"type": "key", "key": "q", "shift": True, "alt": False}))
print(handle({"type": "key", "key": 5}))
print(handle({"type": "scroll", "delta": 3}))
print(handle({}))
print(handle([("type", "click")]))

class DefaultDict(dict):
    def __missing__(self, key):
        return "default!"
match DefaultDict(a=1):
    case {"b": value}:
        print("matched missing key", value)
    case {"a": value, **others}:
        print("__missing__ not used by match", value, others)
