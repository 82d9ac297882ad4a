def area(w: int, h: "float" = 1.0, *args: str, key: bool = False, **kw: dict) -> float:
    return w * h

for k, v in area.__annotations__.items():
    print(k, v if isinstance(v, str) else v.__name__)
print(area(2, 3))

def noann(x):
    return x
print(noann.__annotations__)

x: int = 5
y: list
print(__annotations__)
print("y" in globals())

class Point:
    x: int
    y: int = 0
    label: "str"
print(Point.__annotations__)
print(hasattr(Point, "x"), Point.y)

def f():
    z: int = 3
    w: str
    return z
print(f())
# annotations are not evaluated inside function bodies, but are at module level
def g():
    q: undefined_name = 1
    return q
print(g())
v: also_undefined = 1
