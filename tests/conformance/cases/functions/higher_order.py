def apply_twice(f, x):
    return f(f(x))

def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run

def curry(f):
    def a(x):
        def b(y):
            return f(x, y)
        return b
    return a

print(apply_twice(lambda v: v * 3, 2))
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
print(curry(pow)(2)(10))
print(list(map(str, filter(lambda n: n % 3 == 0, range(10)))))

def partial(fn, *pargs, **pkw):
    def call(*args, **kw):
        return fn(*pargs, *args, **{**pkw, **kw})
    return call
base2 = partial(int, base=2)
print(base2("1011"), partial(max, 3)(1, 2))

def make_ops():
    return {name: (lambda a, b, op=op: op(a, b)) for name, op in [("add", int.__add__), ("mul", int.__mul__)]}
ops = make_ops()
print(ops["add"](3, 4), ops["mul"](3, 4))
