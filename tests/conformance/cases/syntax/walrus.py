data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")

lines = iter(["a", "b", ""])
while (line := next(lines)):
    print("line", line)

print((y := 10) + y, y)
print([(x := i) * 2 for i in range(3)], x)

def f():
    if any((hit := v) > 5 for v in data):
        return hit
print(f())

print((total := 0), [total := total + v for v in data][-1], total)
values = {"a": 1}
if (v := values.get("b")) is None:
    print("missing, v =", v)
print(f"{(z := 7)} {z}")
for src in ["x := 1", "(a.b := 1)", "(a[0] := 1)", "def f(x := 1): pass", "(x, y := 1, 2)"]:
    try:
        compile(src, "<w>", "exec")
        print(src, "-> ok")
    except SyntaxError as e:
        print(src, "->", e.msg)
