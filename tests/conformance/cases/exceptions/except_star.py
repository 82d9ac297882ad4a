def run(excs):
    try:
        raise ExceptionGroup("batch", excs)
    except* ValueError as g:
        print("ValueErrors:", repr(g))
    except* TypeError as g:
        print("TypeErrors:", repr(g))
    except* (KeyError, IndexError) as g:
        print("Lookups:", [repr(e) for e in g.exceptions])

run([ValueError(1), TypeError(2), ValueError(3)])
run([KeyError("k"), IndexError("i")])
try:
    run([ValueError(1), OSError("unhandled")])
except ExceptionGroup as rest:
    print("escaped:", repr(rest))

try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", repr(g), type(g).__name__)

try:
    try:
        raise ExceptionGroup("eg", [ValueError("a")])
    except* ValueError:
        raise KeyError("raised in except*")
except ExceptionGroup as eg:
    print("new exception:", repr(eg), repr(eg.exceptions[0].__context__))
