def f(a,  # type: int
      b):
    # type: (...) -> None
    x = []  # type: List[int]
    pass  # type: ignore
