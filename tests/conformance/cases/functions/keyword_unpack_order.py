log = []
def v(name, value):
    log.append(name)
    return value

def f(*args, **kwargs):
    return args, sorted(kwargs.items())

print(f(v("a", 1), *v("b", [2, 3]), k=v("c", 4), **v("d", {"z": 5})))
print(log)

def g(a, b, c):
    return a, b, c
print(g(*[1], *[2], 3))
print(g(1, **{"c": 3, "b": 2}))
print(g(*(i for i in range(3))))
try:
    g(*[1, 2], **{"b": 5})
except TypeError as e:
    print(e)
try:
    g(1, 2, 3, **{"c": 4})
except TypeError as e:
    print(e)
