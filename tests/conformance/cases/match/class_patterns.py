class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y-axis at {y}"
        case Point(x, 0):
            return f"on x-axis at {x}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=Point(), radius=r):
            return f"circle r={r}"
        case Point():
            return "some point"
        case _:
            return "unknown"

for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(0, 0), 1), "x"]:
    print(where(o))

for v in [5, "s", 2.5, [1], {"k": 1}, (1, 2), True]:
    match v:
        case bool(b):
            print("bool", b)
        case int(n):
            print("int", n)
        case str() as s:
            print("str", s)
        case float(f) | list(f):
            print("float or list", f)
        case dict(d) | tuple(d):
            print("dict or tuple", d)
