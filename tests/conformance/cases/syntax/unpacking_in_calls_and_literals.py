def f(*args, **kwargs):
    return args, kwargs

print(f(*[1, 2], *(3,), **{"a": 1}, b=2, **{"c": 3}))
first = [1, 2]
second = (3, 4)
print([*first, *second], (*first, *second), {*first, *second} == {1, 2, 3, 4})
print({**{"x": 1, "y": 2}, "y": 20, **{"z": 3}})
print([*range(3), *"ab", *{"k": 1}])
merged = {**dict(a=1), **dict(a=2)}
print(merged)
print(*"abc")
print(*[], "only")
print(dict(**{"one": 1}, two=2))
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
