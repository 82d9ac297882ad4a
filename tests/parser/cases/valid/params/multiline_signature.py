def f(
    a,
    b: int = 1,
    *,
    c,
) -> str:
    return a
