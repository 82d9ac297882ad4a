def f(*a, **k):
    return a, k
f()
f(1, 2)
f(1, x=2)
f(*[1], **{"y": 2})
f(1, *[2], 3, z=4, **{"w": 5})
print(len("abc"), isinstance(1, int))
"x".join(["a", "b"])
obj = object()
obj.__str__()
f(a=1, b=2, c=3)
