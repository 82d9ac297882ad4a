e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)

def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return saved, "exc" in locals()
s, present = f()
print(type(s).__name__, present)

x = None
try:
    raise KeyError("k")
except KeyError as x:
    pass
print("x" in globals())
