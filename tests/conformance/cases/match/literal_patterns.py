def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "one or two"
        case -1:
            return "minus one"
        case 3.5:
            return "three and a half"
        case 1j:
            return "imaginary"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "True"
        case None:
            return "None"
        case 2 + 3j:
            return "complex"
        case _:
            return "other"

for v in [0, 1, 2, -1, 3.5, 1j, "hello", b"bytes", True, None, 2 + 3j, 0.0, 1.0, False, "other", 99]:
    print(repr(v), "->", describe(v))
