def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"pair: {x}, {y}"
        case (a, b, c):
            return f"triple: {a} {b} {c}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"

for s in [[], [1], (1, 2), [1, 2, 3], list(range(6)), range(4)]:
    print(shape(s))

for notseq in ["ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, iter([1, 2])]:
    match notseq:
        case [_, _]:
            print(type(notseq).__name__, "matched as sequence")
        case _:
            print(type(notseq).__name__, "not a sequence pattern")

match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("nested", a, b, c, d)
match (1, 2):
    case [1, 2]:
        print("tuple matches list pattern")
