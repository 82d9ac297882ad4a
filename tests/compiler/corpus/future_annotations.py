from __future__ import annotations

def f(a: int, b: list[str] | None = None, *c: tuple[int, ...], d: "x" = 1, **e: dict[str, int]) -> A.B[C, D]:
    x: Callable[[int], str] = lambda y: y
    return a

class K:
    attr: Literal[-1, 2 ** 3, not x, a if b else c, (1, 2)]
    other: f(x, *y, k=1, **z)[1:2, ::3]
    n: {a: b, **c} | {1, 2} | [x for x in y if x]
