import functools
def deco(arg):
    def wrap(fn):
        @functools.wraps(fn)
        def inner(*a, **k):
            return fn(*a, **k)
        return inner
    return wrap
@deco(1)
@deco(2)
def decorated(x):
    return x
