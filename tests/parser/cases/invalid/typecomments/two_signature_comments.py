def f():
    # type: () -> None
    # type: () -> int
    pass
