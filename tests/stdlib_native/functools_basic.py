# functools: reduce, partial, partialmethod, cmp_to_key, total_ordering, wraps/update_wrapper.
import functools
from functools import partial, partialmethod, reduce, cmp_to_key, total_ordering, wraps, update_wrapper


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [], 7), reduce(lambda a, b: a + b, ["x"]))
print(reduce(lambda a, b: [b] + a, "abc", []), reduce(pow, [2, 3, 2]))
t("reduce empty", lambda: reduce(lambda a, b: a + b, []))
t("reduce not iterable", lambda: reduce(lambda a, b: a + b, 5))
t("reduce not callable", lambda: reduce(1, [1, 2]))
t("reduce kw", lambda: reduce(lambda a, b: a, [1], initial=2))
t("reduce 1 arg", lambda: reduce(len))
t("reduce 4 args", lambda: reduce(len, [], 1, 2))


def gen_err():
    yield 1
    raise KeyError("k")


t("reduce err", lambda: reduce(lambda a, b: a + b, gen_err(), 0))

# partial
p = partial(max, 1, key=abs)
print(p, type(p), p.func, p.args, p.keywords, p(-5, 3), p(2, key=lambda x: -x))
p2 = partial(p, -7, key=str)
print(p2, p2.args, p2.keywords, p2(), partial(partial(max, 1), 2))


def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)


pf = partial(f, 10, c=30, z=1)
print(pf(), pf(20, 30, 40), pf(c=5, y=2), pf.keywords, partial(f)(1), partial(f, 1, 2, 3)(4, c=0))
t("partial no args", lambda: partial())
t("partial not callable", lambda: partial(1))
t("partial func kw", lambda: partial(func=max))
t("partial set func", lambda: setattr(p, "func", min))
t("partial set args", lambda: setattr(p, "args", ()))
t("partial call error", lambda: partial(f)())
p.attr = 5
print(p.attr, p.__dict__, p.__reduce__()[0] is partial, p.__reduce__()[1:] == ((max,), (max, (1,), {"key": abs}, {"attr": 5})))
print(partial(p, 2), partial(p, 2).args)
print(partial[int], isinstance(p, partial))


class MyPartial(partial):
    def extra(self):
        return "extra"


mp = MyPartial(max, 4)
print(mp, mp(9), mp.extra(), type(mp).__name__, partial(mp, 1))
pk = partial(dict, a=1)
print(pk(b=2), pk(a=3), pk.keywords)
kw = {"x": 1}
pk2 = partial(f, **kw)
kw["x"] = 2
print(pk2(0))
print(repr(partial(print, sep="", end="!")))
lst = [1]
pr = partial(lst.append)
pr(2)
print(lst)

# partialmethod


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state, *, note=""):
        self._alive = state
        return (state, note)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="dead")


c = Cell()
print(c.set_alive(), c._alive, c.set_dead(), c._alive, c.set_dead(note="x"))
print(type(Cell.__dict__["set_alive"]).__name__, Cell.set_alive.__name__ if hasattr(Cell.set_alive, "__name__") else None)


class WithCls:
    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)

    make1 = partialmethod(make, 1)


print(WithCls().make1(2), WithCls.make1(3))
t("partialmethod not callable", lambda: partialmethod(1))

# cmp_to_key
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=K), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(b) - len(a))))
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 <= k2, k1 >= k2, k1 == k2, k1 != k2, K(3) == K(3), k1.obj, type(k1).__name__, type(K).__name__)
print(min([5, 3, 8], key=K), max("abc", key=cmp_to_key(lambda a, b: -1 if a > b else 1)))
t("K compare other", lambda: k1 < 1)
t("K no arg", lambda: K())
t("K 2 args", lambda: K(1, 2))
print(K(obj=5).obj)
t("cmp_to_key none", lambda: cmp_to_key())
t("cmp_to_key 2 kw", lambda: cmp_to_key(mycmp=1, x=2))
t("cmp not callable", lambda: cmp_to_key(1)(2) < cmp_to_key(1)(3))
t("cmp returns str", lambda: cmp_to_key(lambda a, b: "x")(1) < cmp_to_key(lambda a, b: "x")(2))

# total_ordering


@total_ordering
class Num:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, Num):
            return NotImplemented
        return self.v == other.v

    def __lt__(self, other):
        if not isinstance(other, Num):
            return NotImplemented
        return self.v < other.v

    def __repr__(self):
        return f"Num({self.v})"


a, b = Num(1), Num(2)
print(a < b, a > b, a <= b, a >= b, a <= Num(1), a >= Num(1), b > a, sorted([b, a, Num(0)]))
print(Num.__gt__.__name__, Num.__le__.__name__, "__ge__" in Num.__dict__)
t("total cmp other", lambda: a > 5)
t("total cmp other le", lambda: a <= "x")


@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v


print(Rev(1) < Rev(2), Rev(1) <= Rev(2), Rev(2) >= Rev(2), Rev(3) > Rev(2))


@total_ordering
class Both:
    def __le__(self, other):
        return "le-result"

    def __ge__(self, other):
        return 0


x, y = Both(), Both()
print(x < y, x > y, x <= y, x >= y)
t("total none", lambda: total_ordering(type("Empty", (), {})))
print(total_ordering(int) is int)

# update_wrapper / wraps


def deco(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        "inner doc"
        return ("wrapped", fn(*args, **kwargs))

    return inner


@deco
def target(x, y=2):
    "target doc"
    return x + y


target_dict_attr = None
print(target(1), target.__name__, target.__qualname__, target.__doc__, target.__module__, target.__wrapped__.__name__, target.__wrapped__(5))


def src():
    "src doc"


src.custom = 42
src.__annotations__ = {"a": int}


def dst():
    pass


r = update_wrapper(dst, src)
print(r is dst, dst.__name__, dst.__doc__, dst.custom, dst.__annotations__, dst.__wrapped__ is src)


def dst2():
    pass


update_wrapper(dst2, src, assigned=("__doc__",), updated=())
print(dst2.__name__, dst2.__doc__, hasattr(dst2, "custom"))


class Obj:
    pass


o = Obj()
update_wrapper(o, len)
print(o.__name__, o.__qualname__, o.__module__, o.__wrapped__ is len, o.__doc__ == len.__doc__)
t("wraps none", lambda: wraps())
t("update_wrapper 1", lambda: update_wrapper(1))
class Slotted:
    __slots__ = ()


t("update_wrapper readonly", lambda: update_wrapper(Slotted(), len))
w = wraps(len)
print(type(w).__name__, w.keywords["wrapped"] is len, w.keywords["assigned"], w.keywords["updated"])
