KEY = "dynamic"
class K:
    name = "attr-key"

def f(d):
    match d:
        case {K.name: v}:
            return f"value-pattern key -> {v}"
        case {1: one, 2.5: two, None: n, "t": t}:
            return f"literal keys {one} {two} {n} {t}"
        case {"x": 1, **rest} if not rest:
            return "exactly x=1"
        case {"x": 1, **rest}:
            return f"x=1 and {sorted(rest)}"
    return "no match"

print(f({"attr-key": 7}))
print(f({1: "a", 2.5: "b", None: "c", "t": "d"}))
print(f({True: "a", 2.5: "b", None: "c", "t": "d"}))
print(f({"x": 1}))
print(f({"x": 1, "z": 0, "y": 9}))
print(f({"x": 2}))
