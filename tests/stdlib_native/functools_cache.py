# functools: lru_cache / cache, cached_property, singledispatch, singledispatchmethod, recursive_repr.
import functools
from functools import lru_cache, cache, cached_property, singledispatch, singledispatchmethod


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2), calls)
print(sq.cache_info(), sq.cache_parameters(), type(sq.cache_info()).__name__, sq.cache_info().hits, sq.cache_info()[1])
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__qualname__, sq.__wrapped__(5), type(sq).__name__)


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info(), fib.cache_parameters())


@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(30), fact.cache_info(), fact.cache_parameters())


@lru_cache(maxsize=None)
def ident(*args, **kwargs):
    return (args, kwargs)


ident(1)
ident(1.0)
ident(1, 2)
ident(a=1)
ident(a=1)
ident(1, a=1)
ident(True)
print(ident.cache_info())


@lru_cache(typed=True)
def typed_f(x):
    return type(x).__name__


print(typed_f(1), typed_f(1.0), typed_f(True), typed_f(1), typed_f.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())

counter = [0]


@lru_cache(maxsize=3)
def g(x):
    counter[0] += 1
    return x


for v in [1, 2, 3, 1, 4, 2, 5, 1]:
    g(v)
print(counter, g.cache_info())
print(lru_cache(maxsize=-5)(len).cache_info(), lru_cache(True)(len).cache_info(), lru_cache(True)(len).cache_parameters())
print(lru_cache(None, True)(len).cache_parameters())
t("lru bad", lambda: lru_cache("a"))
t("lru callable typed", lambda: lru_cache(len, 1))
t("lru float", lambda: lru_cache(2.5))
t("cache none", lambda: cache())
t("cache int", lambda: cache(1))
t("cache 2", lambda: cache(len, 2))
t("lru deco int", lambda: lru_cache(3)(1))
t("lru unhashable", lambda: fib([1]))
ci = fib.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize, ci == (ci.hits, ci.misses, 128, ci.currsize), ci._fields, isinstance(ci, tuple))


class Thing:
    def __init__(self, v):
        self.v = v

    @lru_cache(maxsize=None)
    def double(self, k):
        return self.v * 2 * k

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return self.v == other.v


a, b = Thing(3), Thing(3)
print(a.double(1), b.double(1), Thing.double.cache_info(), Thing.double(a, 2))


def raising(x):
    raise ValueError(x)


rl = lru_cache(raising)
t("lru raising", lambda: rl(1))
print(rl.cache_info())

# cached_property


class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0

    @cached_property
    def total(self):
        "total doc"
        self.computed += 1
        return sum(range(self.n))


d = Data(10)
print(d.total, d.total, d.computed, "total" in d.__dict__, Data.total.__doc__, Data.total.attrname, type(Data.total).__name__)
del d.total
print(d.total, d.computed)
d.total = 5
print(d.total)


class Slots:
    __slots__ = ("x",)

    @cached_property
    def prop(self):
        return 1


t("cached slots", lambda: Slots().prop)
cp = cached_property(lambda self: 1)
t("cached no set_name", lambda: cp.__get__(Data(1), Data))


def two_names():
    class Two:
        a = cp
        b = cp


t("cached two names", two_names)
print(cached_property[int])

# singledispatch


@singledispatch
def show(obj):
    return f"object {obj!r}"


@show.register
def _(obj: int):
    return f"int {obj}"


@show.register(list)
def _(obj):
    return f"list of {len(obj)}"


def show_float(obj):
    return f"float {obj}"


show.register(float, show_float)


@show.register
def _(obj: str | bytes):
    return f"text {obj!r}"


class MyInt(int):
    pass


print(show(1), show(True), show(MyInt(7)), show([1, 2]), show(2.5), show("s"), show(b"b"), show(None), show({}))
print(show.dispatch(bool).__name__, show.dispatch(dict) is show.registry[object], sorted(k.__name__ for k in show.registry))
print(show.__name__, show.__wrapped__.__name__, type(show.registry).__name__)
t("dispatch no args", lambda: show())
t("register bad", lambda: show.register(1, lambda x: x))
t("register no annotation", lambda: show.register(1))


def bad_ann(x: 5):
    pass


t("register bad annotation", lambda: show.register(bad_ann))


class Base:
    pass


class Derived(Base):
    pass


@singledispatch
def kind(x):
    return "default"


@kind.register
def _(x: Base):
    return "base"


print(kind(Derived()), kind(Base()), kind(1))


@kind.register
def _(x: Derived):
    return "derived"


print(kind(Derived()), kind(Base()))


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"generic {arg!r}"

    @fmt.register
    def _(self, arg: int):
        return f"int {arg}"

    @fmt.register(list)
    def _(self, arg):
        return f"list {arg}"


fm = Formatter()
print(fm.fmt(1), fm.fmt([1]), fm.fmt("x"), fm.fmt.__name__)


class Cls:
    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return ("default", cls.__name__)

    @make.register
    @classmethod
    def _(cls, arg: int):
        return ("int", cls.__name__)


print(Cls.make(1), Cls.make("x"), Cls().make(2))
t("singledispatchmethod bad", lambda: singledispatchmethod(1))

# recursive_repr


class Node:
    def __init__(self):
        self.children = []

    @functools.recursive_repr()
    def __repr__(self):
        return f"Node({self.children!r})"


n = Node()
n.children.append(n)
n.children.append(Node())
print(repr(n))
