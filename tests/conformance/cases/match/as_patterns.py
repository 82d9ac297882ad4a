def f(x):
    match x:
        case [int() as first, *_] as whole:
            return f"first={first} whole={whole}"
        case {"k": (1 | 2) as v}:
            return f"v={v}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case ((0 | 1) as bit):
            return f"bit {bit}"
        case _ as anything:
            return f"anything {anything!r}"

for v in [[3, 4], {"k": 2}, {"k": 3}, "hello", "hi", 1, 0]:
    print(f(v))
try:
    compile("match x:\n    case y as _:\n        pass\n", "<as>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
