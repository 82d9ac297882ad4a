cases = [
    'f"{}"',
    'f"{x!z}"',
    'f"{x:{y:{z}}}"',
    'f"{"',
    'f"}"',
    'f"{x!}"',
    'f"{lambda x: 1}"',
]
for src in cases:
    try:
        compile(src, "<fstring>", "eval")
        print(src, "-> compiled")
    except SyntaxError as e:
        print(src, "->", e.msg)
try:
    f"{3:zz}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{'s':d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{5:.2s}"
except ValueError as e:
    print(type(e).__name__, e)
x = None
print(f"{x:>6}|" if False else "skip")
print(f"{undefined_in_fstring}")
