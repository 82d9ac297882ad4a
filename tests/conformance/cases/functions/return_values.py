def nothing():
    pass

def bare_return():
    return

def multiple():
    return 1, "two", [3]

def early(n):
    for i in range(10):
        if i == n:
            return i * 100
    return -1

def ret_in_finally():
    try:
        return "try"
    finally:
        print("finally runs")

print(nothing(), bare_return())
a, b, c = multiple()
print(a, b, c, type(multiple()).__name__)
print(early(3), early(42))
print(ret_in_finally())

def tuple_star():
    rest = [2, 3]
    return 1, *rest
print(tuple_star())
