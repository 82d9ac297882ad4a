def parts(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["get", *items] if items:
            return f"getting {', '.join(items)}"
        case ["get"]:
            return "get what?"
        case [*_, "please"]:
            return "polite request"
        case [first, *_]:
            return f"unknown command {first!r}"
        case []:
            return "nothing"

for c in ["go north", "get apple pear", "get", "do it please", "jump", ""]:
    print(parts(c))

match [1, 2, 3, 4, 5]:
    case [1, *rest]:
        print(rest, type(rest).__name__)
match (1, 2):
    case (*all_items,):
        print(all_items, type(all_items).__name__)
match [1]:
    case [1, *empty]:
        print(empty)
