def f():
    yield
    yield x
    yield from y
    x = yield
    x = yield y
    x = yield from y
    yield a, b
    yield *a, b
    f((yield))
    await (yield)
