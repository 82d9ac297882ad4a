def f(a: int, b: "str" = "x", *args: float, c: list[int] | None = None, **kw: dict) -> tuple[int, ...]:
    return (a,)

print(f(1), f.__annotations__["return"], f.__annotations__["c"])
x: int
y: dict[str, int] = {}
print("x" in globals(), y, __annotations__["y"])

class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box(3).get(), Box.__type_params__)

def first[T](items: list[T]) -> T:
    return items[0]
print(first([9, 8]), first.__type_params__[0].__name__)

type Pair = tuple[int, int]
print(Pair.__name__, Pair.__value__)
type Recursive = list[Recursive] | int
print(Recursive.__value__)
