def g(x):
    match x:
        case (1):
            return "parenthesized literal (not a tuple)"
        case (1,):
            return "one-element sequence"
        case ((a, b)):
            return f"grouped sequence {a},{b}"
        case ([c] | (c, "tail")):
            return f"grouped or {c}"
        case _:
            return "no match"

for v in [1, (1,), [1], (5, 6), ["only"], ("x", "tail"), "zz"]:
    print(repr(v), g(v))
