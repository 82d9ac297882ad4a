def f(a, b, /, c, *, d):
    return (a, b, c, d)

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(e)

# a positional-only name may also appear in **kwargs
def g(name, /, **kw):
    return name, sorted(kw.items())
print(g("pos", name="kw"))

def h(x, y=2, /):
    return x * y
print(h(3), h(3, 4))
try:
    h()
except TypeError as e:
    print(e)
try:
    h(1, 2, 3)
except TypeError as e:
    print(e)
print(f.__code__.co_posonlyargcount)
