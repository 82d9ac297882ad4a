# `from None`, then __suppress_context__ turned back off, then a cause that is None.
def a():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("hidden context") from None


def b():
    try:
        a()
    except KeyError as e:
        e.__suppress_context__ = False
        raise


try:
    b()
except KeyError as e:
    err = e
err.__cause__ = None
raise err
