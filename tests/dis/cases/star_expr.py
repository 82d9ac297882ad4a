def f(*args, **kwargs):
    return [*args], {**kwargs}, (*args, 1), {*args}
print(*[1, 2], *[3])
a, *b, c = range(10)
