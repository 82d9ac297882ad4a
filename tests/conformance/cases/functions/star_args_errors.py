def f(a, b):
    return a + b

class NotIter:
    pass

for bad in [lambda: f(*None), lambda: f(*NotIter()), lambda: f(**None), lambda: f(**{"a": 1}, b=2, **{"b": 3})]:
    try:
        bad()
    except TypeError as e:
        print(e)

def it():
    yield 1
    raise ValueError("from inside generator")
try:
    f(*it())
except ValueError as e:
    print(type(e).__name__, e)
print(f(**{"b": 2, "a": 1}))
