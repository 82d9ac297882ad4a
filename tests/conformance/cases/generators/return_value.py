def g():
    yield 1
    return "the value"

it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)

def none_return():
    yield
it = none_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)

def tuple_return():
    return (1, 2)
    yield
try:
    next(tuple_return())
except StopIteration as e:
    print(e.value, e.args)

def wrapper():
    value = yield from g()
    yield value.upper()
print(list(wrapper()))
print(list(g()))
