data = [1, 5, 3, 8, 2]
running = 0
sums = [running := running + x for x in data]
print(sums, running)

def f(x):
    return x * 3 if x % 2 else None
print([y for x in range(6) if (y := f(x)) is not None], y)

def last_match():
    found = [last := w for w in ["a", "bb", "ccc"] if len(w) > 1]
    return found, last
print(last_match())

values = {"a": "1", "b": "x", "c": "3"}
parsed = {k: n for k, v in values.items() if (n := v if v.isdigit() else None)}
print(parsed, n)

print(any((hit := w).startswith("b") for w in ["apple", "berry", "cherry"]), hit)

for bad in ["[i := 0 for i in range(3)]", "[x for x in (x := [1, 2])]", "class A:\n    [(z := 1) for _ in range(1)]\n"]:
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
