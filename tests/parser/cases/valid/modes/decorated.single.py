@dec
def f():
    pass

