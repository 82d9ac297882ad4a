x: int = 3
y: "str"
z.attr: int = 4
def f(a: int, *args: str, b: float = 1.0, **kw: bytes) -> list[int]:
    local: int = 5
    return [a]
class A:
    field: int
    other: list = []
