def f(a):  # type: (int) -> str
    return str(a)
