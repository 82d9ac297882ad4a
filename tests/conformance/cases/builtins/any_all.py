print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any([0, 1]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
checked = []
def check(v):
    checked.append(v)
    return v > 1
print(any(check(v) for v in [0, 1, 2, 3, 4]), checked)
checked.clear()
print(all(check(v) for v in [5, 3, 0, 9]), checked)
print(any("abc"), all(""), any({0: "x"}), all({1: 0}))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
