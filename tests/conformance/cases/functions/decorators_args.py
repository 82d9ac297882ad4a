def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
print(hello.__name__, hello.__wrapped__("y"))

def tag(**attrs):
    def deco(fn):
        fn.attrs = attrs
        return fn
    return deco

@tag(role="admin", level=3)
def secret():
    return 42
print(sorted(secret.attrs.items()), secret())

# decorator order: applied bottom-up, evaluated top-down
order = []
def mark(name):
    order.append("eval " + name)
    def deco(fn):
        order.append("apply " + name)
        return fn
    return deco

@mark("outer")
@mark("inner")
def target():
    pass
print(order)

def bad_deco(fn):
    return None
@bad_deco
def gone():
    pass
print(gone)
gone()
