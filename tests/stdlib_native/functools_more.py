# functools: more partial / lru_cache / wraps / total_ordering / singledispatch behaviour.
import functools
from functools import partial, lru_cache, wraps, total_ordering, singledispatch, partialmethod, reduce


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


# partial: recursive repr, keyword order, state
p = partial(max)
p.__setstate__((min, (p,), {"k": p}, None)) if False else None
lst = []
rp = partial(print, lst)
lst.append(rp)
print(repr(rp))
kp = partial(dict, b=1, a=2)
print(kp, kp(c=3), kp(a=0), list(kp.keywords))
q = partial(sorted, key=len)
q.__setstate__((sorted, ([3, 1],), {"reverse": True}, {"tag": 1}))
print(q, q(), q.tag, q.__reduce__()[2][3])
t("setstate not tuple", lambda: q.__setstate__([1, 2, 3, 4]))
t("setstate short", lambda: q.__setstate__((1, 2)))
t("setstate bad", lambda: q.__setstate__((1, (), None, None)))
t("setstate bad args", lambda: q.__setstate__((max, [1], None, None)))
print(partial(partial(int, base=2), "101")(), partial(int, "ff", base=16)())
t("call kw conflict", lambda: partial(int, base=2)("12", base=10))
print(partial(lambda *a, **k: (a, k), 1, x=1)(2, y=2))

# lru_cache details
order = []


@lru_cache(maxsize=2)
def f(x):
    order.append(x)
    return x


for v in [1, 2, 1, 3, 2, 1, 1]:
    f(v)
print(order, f.cache_info())


@lru_cache(maxsize=None)
def kwf(a, b=0, **kw):
    return (a, b, sorted(kw.items()))


kwf(1, 2)
kwf(1, b=2)
kwf(b=2, a=1)
kwf(a=1, b=2)
kwf(1, x=1, y=2)
kwf(1, y=2, x=1)
print(kwf.cache_info())


@lru_cache(maxsize=3, typed=True)
def tf(*args, **kw):
    return 1


tf(1)
tf(1.0)
tf(x=1)
tf(x=1.0)
tf(1)
print(tf.cache_info())


class H:
    def __init__(self, v):
        self.v = v
        self.hashes = 0

    def __hash__(self):
        self.hashes += 1
        return hash(self.v)

    def __eq__(self, o):
        return isinstance(o, H) and self.v == o.v


@lru_cache(maxsize=10)
def hf(h):
    return h.v


hv = H(5)
hf(hv)
hf(hv)
print(hv.hashes, hf.cache_info())

depth = []


@lru_cache(maxsize=None)
def rec(n):
    depth.append(n)
    if n > 0:
        rec(n - 1)
        rec(n - 1)
    return n


rec(5)
print(len(depth), rec.cache_info())
print(lru_cache(maxsize=10)(len).__wrapped__ is len, hasattr(lru_cache(len), "__wrapped__"))


class Box:
    @functools.cache
    def big(self):
        return "big"

    @staticmethod
    @lru_cache
    def st(x):
        return x * 2

    @classmethod
    @lru_cache
    def cm(cls, x):
        return (cls.__name__, x)


b = Box()
print(b.big(), b.big(), Box.big.cache_info(), Box.st(4), Box.cm(2), Box.cm(2), Box.cm.cache_info().hits)

# wraps


def deco(fn):
    @wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner


def annotated(x: int, y: "str" = "a") -> bool:
    "doc"


annotated.attr = {"k": 1}
w = deco(annotated)
print(w.__name__, w.__doc__, w.__annotations__, w.attr is annotated.attr, w.__wrapped__ is annotated, w.__qualname__)
w2 = deco(w)
print(w2.__wrapped__ is w, w2.__wrapped__.__wrapped__ is annotated)


class CallableObj:
    def __call__(self):
        return 1


co = CallableObj()
w3 = wraps(co)(lambda: 2)
print(w3.__name__, w3.__wrapped__ is co, w3())

# total_ordering with NotImplemented and mixed


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, V) and self.v == other.v

    def __ge__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v >= other.v


print(V(1) < V(2), V(2) <= V(2), V(3) > V(2), V(1) >= V(1))
t("V < int", lambda: V(1) < 3)
print(V.__lt__(V(1), 5))

# singledispatch details


@singledispatch
def fun(arg, verbose=False):
    return ("default", arg, verbose)


@fun.register(int)
def _(arg, verbose=False):
    return ("int", arg, verbose)


print(fun(1, verbose=True), fun("x"), fun(1.5, True))
print(fun.dispatch(bool) is fun.dispatch(int), fun.dispatch(object) is fun.__wrapped__)


class A:
    pass


class B(A):
    pass


class C(B):
    pass


fun.register(A, lambda a, verbose=False: "A")
print(fun(C()), fun(B()))
fun.register(B, lambda a, verbose=False: "B")
print(fun(C()), fun(B()), fun(A()))
print(len(fun.registry), A in fun.registry, type(fun.registry).__name__)
t("registry readonly", lambda: fun.registry.__setitem__(int, 1))
fun._clear_cache()
print(fun(C()))


@singledispatch
def nodefault(x):
    raise NotImplementedError("no impl")


t("nodefault", lambda: nodefault(1))

# partialmethod repr and classmethod/staticmethod


class PM:
    def m(self, a, b):
        return (a, b)

    p1 = partialmethod(m, 1)
    p2 = partialmethod(staticmethod(lambda a, b: a + b), 10)


print(PM().p1(2), PM().p2(5), PM.p2(1))
print(repr(PM.__dict__["p1"]).split(" at ")[0])
print(reduce(lambda acc, s: acc + len(s), ["ab", "c"], 0))
