def stage():
    try:
        yield "ready"
    except ValueError:
        yield "recovered"

g = stage()
print(next(g))
print(g.throw(ValueError("first")))
g.throw(TypeError("second is not handled"))
