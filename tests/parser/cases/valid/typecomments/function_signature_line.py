def f(a, b):
    # type: (int, str) -> bool
    pass
