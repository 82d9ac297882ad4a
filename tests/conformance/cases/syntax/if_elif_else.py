def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

print([classify(n) for n in (-5, 0, 3, 42, 1000)])
for v in [0, 1, "", "x", [], [0], None, 0.0, {}, {0: 0}, set(), range(0), range(1)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
if (x := 3) > 2 and x < 5:
    print("x in range")
if not []:
    print("empty list is falsy")
