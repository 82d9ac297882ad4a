x = "global x"
result = [x for x in range(3)]
print(result, x)

i = "outer i"
squares = [i * i for i in range(4)]
print(i)

def f():
    y = 10
    return [y + z for z in range(3)]
print(f())

def closures():
    return [lambda: n for n in range(3)]
print([g() for g in closures()])

try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)

class C:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
    try:
        cross = [v * w for v in items for w in items]
    except NameError as e:
        cross = f"NameError: {e}"
print(C.doubled, C.cross)

def locals_in_comp():
    a = 1
    return [sorted(locals()) for _ in range(1)]
print(locals_in_comp())
