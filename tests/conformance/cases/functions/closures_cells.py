def outer():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    x = 1
    print(inner())
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)

outer()

def three_levels():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()

print(three_levels()())
print(three_levels().__code__.co_freevars)

def cell_param(v):
    def get():
        return v
    v = v * 2
    return get
print(cell_param(21)())

def unbound_local():
    print(y)
    y = 2
try:
    unbound_local()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
