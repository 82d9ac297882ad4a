def fail(exc):
    raise exc


def collect(*excs):
    out = []
    for e in excs:
        try:
            fail(e)
        except BaseException as caught:
            out.append(caught)
    return out


inner = ExceptionGroup("inner", collect(RuntimeError("first"), KeyError("second")))
try:
    raise inner
except ExceptionGroup as g:
    inner = g
raise ExceptionGroup("outer", [inner, ValueError("standalone\nwith a second line")])
