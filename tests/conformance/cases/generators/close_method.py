def worker():
    try:
        while True:
            yield "working"
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("finally in worker")

w = worker()
print(next(w))
w.close()
print("closed")
w.close()
print(next(w, "exhausted"))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse to stop"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "value on close"
r = returns_on_close()
next(r)
print(r.close())
never = worker()
never.close()
print("closing an unstarted generator runs nothing")
