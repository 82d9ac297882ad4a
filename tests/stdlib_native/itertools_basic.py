# itertools: every iterator, reprs, laziness, errors.
import itertools
from itertools import (accumulate, batched, chain, combinations, combinations_with_replacement, compress, count,
                       cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat,
                       starmap, takewhile, tee, zip_longest)
import operator


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


print(sorted(n for n in dir(itertools) if not n.startswith("__")))
print(type(count()), count.__module__, count.__name__, type(groupby("a")), type(tee([1])[0]))

# count
c = count()
print([next(c) for _ in range(3)], c, count(5), count(5, 2), count(-1, -1), count(1.5), count(0, 0.5), count(2**70), count(True), count(True, 2), count(1, True), count(1.0, 1))
print(list(islice(count(10, 3), 4)), list(islice(count(0.5, 0.25), 3)), list(islice(count(True, 2), 3)), list(islice(count(2**53 - 2), 4)))
c = count(2**63 - 2)
print(next(c), next(c), next(c), c)
print(list(islice(count(start=3, step=-2), 3)), count(step=3), count(start=7))
t("count str", lambda: count("a"))
t("count step str", lambda: count(1, "a"))
t("count 3 args", lambda: count(1, 2, 3))
t("count bad kw", lambda: count(foo=1))
print(list(islice(count(1j, 1), 2)) if False else "complex skipped")

# cycle / repeat
print(list(islice(cycle("abc"), 7)), list(cycle([])), list(islice(cycle(iter([1, 2])), 5)))
t("cycle int", lambda: cycle(1))
t("cycle no args", lambda: cycle())
t("cycle kw", lambda: cycle(iterable=[1]))
r = repeat("x", 3)
print(r, list(r), r, repeat(1), repeat(None, 0), repeat([1], -5), repeat(object=2, times=1), list(repeat(7, times=2)))
print(operator.length_hint(repeat(1, 5)), list(islice(repeat(1), 3)))
t("repeat hint inf", lambda: repeat(1).__length_hint__())
t("repeat float", lambda: repeat(1, 1.5))
t("repeat none", lambda: repeat())
t("repeat 3", lambda: repeat(1, 2, 3))

# accumulate
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([], initial=5)), list(accumulate([1, 2], initial=10)))
print(list(accumulate("abc")), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], func=lambda a, b: a - b)), list(accumulate([1.5, 2.5])))
print(list(accumulate(iterable=[1, 2], func=None, initial=None)), list(accumulate([[1], [2]])))
t("accumulate types", lambda: list(accumulate([1, "a"])))
t("accumulate none", lambda: accumulate())
t("accumulate 4", lambda: accumulate([1], None, 1, 2))
t("accumulate initial pos", lambda: accumulate([1], None, 5))

# batched
print(list(batched("ABCDEFG", 3)), list(batched([], 2)), list(batched(range(4), 2)), list(batched("ab", 5)), list(batched(iterable="abc", n=1)))
print(list(batched([1, 2, 3, 4], 2, strict=True)))
t("batched strict", lambda: list(batched([1, 2, 3], 2, strict=True)))
t("batched zero", lambda: batched("a", 0))
t("batched neg", lambda: batched("a", -1))
t("batched float", lambda: batched("a", 1.5))
t("batched no n", lambda: batched("a"))
b = batched(iter([1, 2, 3]), 2, strict=True)
print(next(b))
t("batched strict next", lambda: next(b))
t("batched after error", lambda: next(b))

# chain
print(list(chain("ab", [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(["ab", "cd"])), list(chain.from_iterable(iter([[1], [2, 3]]))))
print(chain[int], type(chain.from_iterable([])))
t("chain kw", lambda: chain(a=1))
t("chain bad", lambda: list(chain([1], 2)))
ch = chain([1], 2, [3])
print(next(ch))
t("chain bad next", lambda: next(ch))
t("chain after bad", lambda: next(ch))
t("from_iterable int", lambda: chain.from_iterable(1))

# compress / dropwhile / takewhile / filterfalse / starmap
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("AB", [1])), list(compress(data=[1, 2, 3], selectors=[0, 1, 1])))
t("compress missing", lambda: compress("A"))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None, []])), list(filterfalse(bool, [0, 2])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: a, ["ab", [1]])))
t("starmap bad", lambda: list(starmap(pow, [1])))
t("dropwhile 1 arg", lambda: dropwhile(len))
t("takewhile kw", lambda: takewhile(predicate=len, iterable=[]))
t("filterfalse 3", lambda: filterfalse(None, [], []))
tw = takewhile(lambda x: x < 3, iter([1, 2, 3, 4, 5]))
src = iter([1, 2, 3, 4, 5])
tw = takewhile(lambda x: x < 3, src)
print(list(tw), list(src))

# groupby
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print([k for k, g in groupby("aabbbc")], list(groupby([])))
gb = groupby("aaabbc")
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2), [(k, type(g).__name__) for k, g in gb])
gb = groupby("aaabb")
k1, g1 = next(gb)
print(next(g1), k1)
k2, g2 = next(gb)
print(k2, list(g2), list(g1))
t("groupby none", lambda: groupby())
t("groupby key", lambda: list(groupby([1, 2], key=5)))
print(type(next(groupby("a"))[1]).__name__)

# islice
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(range(10), 1, 8, 3)), list(islice([], 5)), list(islice("abc", None)), list(islice("abc", None, None, None)), list(islice("abc", 5, 10)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 2, 4)), next(it))
t("islice neg stop", lambda: islice("a", -1))
t("islice float stop", lambda: islice("a", 1.5))
t("islice str start", lambda: islice("a", "x", 2))
t("islice str start stop", lambda: islice("a", "x", "y"))
t("islice neg start", lambda: islice("a", -1, 2))
t("islice zero step", lambda: islice("a", 0, 1, 0))
t("islice neg step", lambda: islice("a", 0, 1, -1))
t("islice big", lambda: islice("a", 2**64))
t("islice 1 arg", lambda: islice("a"))
t("islice kw", lambda: islice("a", stop=1))
print(list(islice(count(), 2**62, 2**62 + 2)) if False else "big skip")

# pairwise
print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise([])), list(pairwise(range(3))))
t("pairwise kw", lambda: pairwise(iterable="ab"))

# product / combinations / permutations
print(list(product("ab", range(2))), list(product([1, 2], repeat=2)), list(product()), list(product([])), list(product("ab", [])), list(product("a", repeat=0)))
print(list(product(range(2), repeat=3)), len(list(product("abc", "de", "fgh"))))
t("product neg", lambda: product("a", repeat=-1))
t("product float", lambda: product("a", repeat=1.5))
t("product kw", lambda: product("a", foo=1))
t("product 2 kw", lambda: product("a", repeat=1, foo=1))
t("product int", lambda: product(1))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("ab", 0)), list(combinations("ab", 3)), list(combinations([], 0)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement("a", 3)))
print(list(permutations("ABC", 2)), list(permutations(range(3))), list(permutations("ab", 0)), list(permutations("ab", 3)), list(permutations([])), list(permutations("abc", r=None)))
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))), list(combinations(iterable="abc", r=2)))
t("combinations neg", lambda: combinations("ab", -1))
t("combinations float", lambda: combinations("ab", 1.5))
t("combinations no r", lambda: combinations("ab"))
t("cwr neg", lambda: combinations_with_replacement("ab", -2))
t("permutations neg", lambda: permutations("ab", -1))
t("permutations float", lambda: permutations("ab", 1.5))
t("permutations str", lambda: permutations("ab", "2"))
t("permutations int iter", lambda: permutations(5))

# tee
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), next(b), list(a), list(b))
a, b, c = tee("abc", 3)
print(list(a), list(c), list(b), tee([1], 0), len(tee([1], 1)))
x, = tee(range(3), 1)
print(type(x).__name__, list(x))
a, b = tee(range(200))
print(sum(a), sum(b))
a, b = tee([1, 2, 3])
c, d = tee(a)
print(next(c), list(d), list(a), list(b))
a, b = tee(iter("xyz"))
e = a.__copy__()
print(next(a), list(e), list(a), list(b))
t("tee neg", lambda: tee([1], -1))
t("tee float", lambda: tee([1], 1.5))
t("tee kw", lambda: tee([1], n=2))
t("tee int", lambda: tee(5))


class Copyable:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

    def __copy__(self):
        return "copied"


print(tee(Copyable(), 3)[1:])

# zip_longest
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest("ab")), list(zip_longest([1], [2, 3], [])))
t("zip_longest kw", lambda: zip_longest("a", foo=1))
t("zip_longest 2 kw", lambda: zip_longest("a", fillvalue=1, foo=1))
t("zip_longest int", lambda: zip_longest(1))

# subclassing


class MyCount(count):
    def __next__(self):
        return super().__next__() * 10


mc = MyCount(3)
print(next(mc), list(islice(mc, 2)), type(mc).__name__, mc)


class Chain2(chain):
    pass


print(list(Chain2("ab", "c")), isinstance(Chain2(), chain))


class Rep(repeat):
    def __init__(self, *args):
        self.args = args


rr = Rep(1, 2)
print(rr, rr.args, list(rr))
t("subclass _grouper", lambda: type("G", (type(next(groupby("a"))[1]),), {}))

# exceptions inside iteration propagate


def bad():
    yield 1
    raise ValueError("boom")


t("chain boom", lambda: list(chain(bad())))
t("islice boom", lambda: list(islice(bad(), 5)))
t("zip_longest boom", lambda: list(zip_longest(bad(), [1, 2, 3])))
t("accumulate boom", lambda: list(accumulate(bad())))
t("groupby boom", lambda: [list(g) for k, g in groupby(bad())])
t("cycle boom", lambda: list(islice(cycle(bad()), 3)))
t("pairwise boom", lambda: list(pairwise(bad())))
t("batched boom", lambda: list(batched(bad(), 3)))
t("tee boom", lambda: list(tee(bad())[0]))
