# itertools: evaluation order and laziness (which input is consumed when), re-entrancy, subclasses.
import itertools
from itertools import (accumulate, batched, chain, compress, count, cycle, dropwhile, filterfalse, groupby, islice,
                       pairwise, product, starmap, takewhile, tee, zip_longest, permutations, combinations)


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


def noisy(name, items):
    for x in items:
        print(f"  {name} yields {x!r}")
        yield x
    print(f"  {name} done")


print("islice start")
it = islice(noisy("a", range(6)), 1, 4, 2)
print(list(it))
print("islice stop beyond")
print(list(islice(noisy("b", range(2)), 5)))
print("islice zero")
print(list(islice(noisy("c", range(3)), 0)))
print("chain")
ch = chain(noisy("x", [1]), noisy("y", [2]))
print(next(ch))
print(next(ch))
print(list(ch))
print("from_iterable")
fi = chain.from_iterable(noisy("outer", [[1], (2,)]))
print(list(fi))
print("zip_longest")
print(list(zip_longest(noisy("p", [1, 2]), noisy("q", [3]), fillvalue=0)))
print("compress")
print(list(compress(noisy("data", "abc"), noisy("sel", [1, 0]))))
print("takewhile")
print(list(takewhile(lambda v: v < 2, noisy("tw", [0, 1, 2, 3]))))
print("dropwhile")
print(list(dropwhile(lambda v: v < 2, noisy("dw", [0, 2, 1]))))
print("product eager")
pr = product(noisy("A", [1, 2]), noisy("B", "xy"))
print("created")
print(next(pr))
print("permutations eager")
pe = permutations(noisy("P", [1, 2, 3]), 2)
print(next(pe), next(pe))
print("pairwise")
print(list(pairwise(noisy("pw", [1, 2, 3]))))
print("batched")
print(list(batched(noisy("bt", [1, 2, 3]), 2)))
print("accumulate initial")
print(list(accumulate(noisy("ac", [1, 2]), initial=100)))
print("cycle")
print(list(islice(cycle(noisy("cy", [1, 2])), 5)))
print("groupby")
for k, g in groupby(noisy("gb", "aab")):
    print(" key", k)
print("groupby consume")
for k, g in groupby(noisy("gc", "aabb")):
    print(" key", k, list(g))
print("tee")
a, b = tee(noisy("te", [1, 2]))
print(next(a), next(a), next(b))
print(list(b), list(a))
print("starmap")
print(list(starmap(lambda *a: sum(a), noisy("sm", [(1, 2), [3, 4]]))))

# re-entrancy


def reenter_tee():
    def gen():
        yield next(t1)

    t1, t2 = tee(gen())
    return next(t1)


t("tee reenter", reenter_tee)

# subclasses that override __next__ / add state


class Evens(count):
    def __next__(self):
        v = super().__next__()
        return v * 2


class Upper(chain):
    def __next__(self):
        return super().__next__().upper()


class MyIslice(islice):
    pass


e = Evens(5)
print([next(e) for _ in range(3)], list(islice(Evens(), 4)), repr(Evens(3)), repr(Evens(1, 2)))
print(list(Upper("ab", "cd")), list(MyIslice("abcdef", 1, None, 2)), type(MyIslice("a", 1)).__name__)
print(sum(Evens(1).__next__() for _ in range(2)))


class GB(groupby):
    def __init__(self, iterable, key=None):
        self.extra = "init"


g = GB("aab")
print(g.extra, [(k, list(v)) for k, v in g])


class CountDict(count):
    pass


cd = CountDict(10)
cd.note = "x"
print(cd.note, next(cd), cd.__dict__)
print(isinstance(count(), count), issubclass(Evens, count), count.__mro__[1:])

# misc values
print(list(islice(count(0, 0.1), 4)), list(islice(count(1, -0.5), 3)), list(islice(count(10**20), 2)))
print(list(islice(count(1.5, 2), 3)), list(accumulate(range(1, 6), lambda a, b: a * b)), list(filterfalse(str.isupper, "aBcD")))
print(list(zip_longest("ab", "xyz", [1]))[::-1], list(combinations([None, None, 1], 2)))
print(list(product("ab", repeat=0)), list(product(*[[1, 2]] * 3))[-2:], list(itertools.combinations_with_replacement(range(3), 2)))
print(next(iter(count())), iter(count()).__class__.__name__)
c = count()
print(iter(c) is c, next(c), next(c), c)
r = itertools.repeat(7, 2)
print(r.__length_hint__(), next(r), r.__length_hint__(), next(r), r.__length_hint__(), list(r))
