def f(x):
    match x:
        case 0:
            return "zero"
        case n:
            return f"captured {n!r}"

print(f(0), f(5), f("s"))

match 42:
    case _:
        print("wildcard matches anything")

def g(value):
    match value:
        case [_, _]:
            return "two items"
        case [_, *_]:
            return "one or more"
        case _:
            return "something else"
print(g([1, 2]), g((1,)), g([]), g("ab"))
match "subject":
    case captured:
        pass
print(captured)
