class Custom(Exception):
    pass

def f():
    raise Custom

print("about to fail")
f()
