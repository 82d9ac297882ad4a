def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner result"

def outer():
    result = yield from inner()
    print("outer received", result)
    yield "outer-after"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(next(g, "done"))

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), {"k": 1})))

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5]])))

def delegate_throw():
    try:
        yield from inner()
    except KeyError as e:
        yield f"outer handled {e!r}"
d = delegate_throw()
next(d)
print(d.throw(KeyError("k")))
