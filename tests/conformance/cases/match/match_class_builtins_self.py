for value in [3, 3.0, "3", b"3", [3], (3,), {3}, frozenset({3}), {3: 3}, bytearray(b"3"), True, None]:
    match value:
        case bool(x):
            r = f"bool {x}"
        case int(x):
            r = f"int {x}"
        case float(x):
            r = f"float {x}"
        case str(x):
            r = f"str {x}"
        case bytes(x):
            r = f"bytes {x!r}"
        case bytearray(x):
            r = f"bytearray {x!r}"
        case list(x) | tuple(x):
            r = f"list/tuple {x}"
        case set(x) | frozenset(x):
            r = f"{type(x).__name__} {sorted(x)}"
        case dict(x):
            r = f"dict {x}"
        case _:
            r = "other"
    print(r)
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print(type(e).__name__, e)
