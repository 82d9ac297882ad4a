def g():
    yield 1
    yield 2

gen = g()
print(gen.gi_running, gen.gi_frame is not None, gen.gi_suspended)
next(gen)
print(gen.gi_suspended, gen.gi_frame.f_lineno)
list(gen)
print(gen.gi_frame, gen.gi_suspended)
print(gen.__name__, gen.__qualname__, gen.gi_code.co_name)

def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

def inner_gen():
    yield 1
outer = inner_gen()
print(outer.gi_yieldfrom)
def deleg():
    yield from inner_gen()
d = deleg()
next(d)
print(type(d.gi_yieldfrom).__name__)
