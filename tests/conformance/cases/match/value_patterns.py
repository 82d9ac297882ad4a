class Color:
    RED = "red"
    GREEN = "green"

class Http:
    OK = 200
    NOT_FOUND = 404

def classify(code, color):
    match code:
        case Http.OK:
            a = "ok"
        case Http.NOT_FOUND:
            a = "not found"
        case _:
            a = "other"
    match color:
        case Color.RED | Color.GREEN:
            b = "known color"
        case _:
            b = "unknown color"
    return a, b

print(classify(200, "red"))
print(classify(404, "green"))
print(classify(500, "blue"))

import math
match 3.141592653589793:
    case math.pi:
        print("matched math.pi")
