def fail(msg):
    raise RuntimeError(msg)

excs = []
for m in ("first", "second"):
    try:
        fail(m)
    except RuntimeError as e:
        excs.append(e)

raise ExceptionGroup("outer", [
    ExceptionGroup("inner", excs),
    KeyError("standalone"),
])
