# A naked exception caught by except* is wrapped; re-raising it raises the wrapper group.
def f():
    raise ValueError(1)


try:
    f()
except* ValueError as eg:
    print(repr(eg), eg.__traceback__)
    raise
