def f(x):
    if x:
        return
    for i in x:
        if i:
            return i
    while x:
        try:
            return 1
        except Exception:
            return 2
        finally:
            x = 0
    return None
def g():
    pass
def h():
    return (yield)
