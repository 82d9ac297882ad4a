def connect(host, *, port=80, secure):
    return f"{host}:{port} secure={secure}"

print(connect("a", secure=True))
print(connect("b", port=443, secure=False))
try:
    connect("c", 8080, True)
except TypeError as e:
    print(e)
try:
    connect("d")
except TypeError as e:
    print(e)

def star_then_kw(*args, sep="-"):
    return sep.join(args)
print(star_then_kw("x", "y", "z"))
print(star_then_kw("x", "y", sep="+"))

def two_required(*, a, b):
    return a + b
try:
    two_required()
except TypeError as e:
    print(e)
print(two_required(b=1, a=2))
print(connect.__code__.co_kwonlyargcount, connect.__code__.co_argcount)
connect("e", port=1)
