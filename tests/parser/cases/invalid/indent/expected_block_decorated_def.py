@dec
def f():
x
