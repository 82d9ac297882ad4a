def f():
    x = 1  # type: int
    return x  # type: ignore
