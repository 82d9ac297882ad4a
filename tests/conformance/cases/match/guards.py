def grade(score):
    match score:
        case int(s) if s >= 90:
            return "A"
        case int(s) if s >= 80:
            return "B"
        case int(s) if s < 0:
            raise ValueError(f"negative score {s}")
        case int():
            return "C"
        case _:
            return "invalid"

print([grade(s) for s in (95, 85, 10, "x")])

log = []
def check(tag, result):
    log.append(tag)
    return result
match (1, 2):
    case (a, b) if check("first guard", False):
        print("not here")
    case (a, b) if check("second guard", True):
        print("matched with", a, b)
print(log)

# names are bound even when the guard fails
match [7, 8]:
    case [p, q] if p > 100:
        pass
    case _:
        print("fallthrough; p and q are", p, q)
grade(-5)
