def f(x):
    return x + 1  # add one


class A:
    pass
