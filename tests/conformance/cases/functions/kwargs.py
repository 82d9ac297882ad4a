def show(**kw):
    print(type(kw).__name__, sorted(kw.items()))

show()
show(a=1, b=2)
show(**{"x": 1}, y=2, **{"z": 3})

def mixed(a, *args, **kwargs):
    return a, args, kwargs

print(mixed(1, 2, 3, k=4))
print(mixed(a=5))
print(mixed(*[1, 2], **{"q": 9}))

# kwargs preserve call order
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))

try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    mixed(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
