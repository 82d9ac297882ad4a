def f(x):
    match x:
        case 1:
            return "one"
        case [a]:
            return "list"
    return "fell through all cases"

print(f(1), f([9]), f("nothing"))

result = None
match {"a": 1}:
    case {"b": _}:
        result = "b"
print(result)
