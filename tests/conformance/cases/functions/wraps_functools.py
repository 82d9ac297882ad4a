import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return ("logged", fn(*args, **kwargs))
    return wrapper

@logged
def compute(x, y=2):
    """Compute things."""
    return x ** y

print(compute(3), compute.__name__, compute.__doc__, compute.__wrapped__(3, 3))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)

p = functools.partial(int, base=8)
print(p("17"), p.func is int, p.keywords)
print(functools.reduce(lambda a, b: a * b, range(1, 8)))
