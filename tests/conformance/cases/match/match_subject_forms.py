def f(*args):
    match args:
        case ():
            return "no args"
        case (x,):
            return f"one arg {x}"
        case _:
            return f"{len(args)} args"
print(f(), f(1), f(1, 2))

point = (1, 2)
match point[0], point[1]:
    case (1, y):
        print("tuple subject from comma list", y)

match = "match is a soft keyword"
case = "so is case"
print(match, case)
match, case = 1, 2
print(match + case)
_ = "underscore variable"
match [1, 2]:
    case [1, _]:
        print(_)
def match(x):
    return "function named match"
print(match(1))
