def kind(x):
    match x:
        case 0 | 1 | 2:
            return "small"
        case [1, _] | [_, 1]:
            return "pair with a one"
        case {"a": v} | {"b": v}:
            return f"dict with a/b = {v}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case (int(n) | float(n)) if n < 0:
            return f"negative {n}"
        case _:
            return "other"

for v in [1, [1, 9], [9, 1], {"b": 3}, "s", b"b", -4, -0.5, 100]:
    print(repr(v), kind(v))

for src in ["match x:\n    case a | b:\n        pass\n",
            "match x:\n    case [a] | [b]:\n        pass\n",
            "match x:\n    case a | 1:\n        pass\n"]:
    try:
        compile(src, "<or>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
