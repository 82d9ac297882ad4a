#!/usr/bin/env python3
"""Write tests/data/container_cases.json: container behaviour of CPython 3.13, for tests/containers.test.mjs.

Run with CPython 3.13 from the repository root:

    python3.13 tools/oracle/gen_container_cases.py

Two kinds of cases:
  "programs": Python snippets (list, tuple, dict, set, frozenset, range, slice, the iterator builtins)
              with the output CPython prints for each, run with PYTHONHASHSEED=0 through the harness
              below (each snippet exec'd in a fresh namespace; an uncaught exception prints as
              "!! Type: message").
  "natives":  data checked directly against the TypeScript natives: the iteration order of sets built
              from int lists (the hash table itself), hash() of frozensets and tuples of ints.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "container_cases.json"

HARNESS = r'''
def _run(name, src):
    print("### " + name)
    try:
        exec(src, {"__name__": "__main__"})
    except BaseException as e:
        print("!! " + type(e).__name__ + ": " + str(e))
for _n, _s in CASES:
    _run(_n, _s)
'''


def harness_program(cases):
    lines = ["CASES = ["]
    for name, src in cases:
        lines.append("    (%s, %s)," % (json.dumps(name), json.dumps(src, ensure_ascii=False)))
    lines.append("]")
    return "\n".join(lines) + "\n" + HARNESS


CASES = []


def case(name, src):
    CASES.append((name, src.strip("\n")))


# ---------------------------------------------------------------------------------------------------
# set / frozenset: iteration order (CPython's table), operations, errors

case("set_order_small", """
print({3, 1, 2}, {5, 4, 3, 2, 1}, {-1, -2, -3}, {0, 8, 16, 24}, {7, 15, 23, 31, 39})
print(set(range(20)), set(range(100, 80, -3)))
print({2**62, 2**63, 2**64, -2**64, 2**61 - 1, 2**61, 2**61 + 1, -(2**61)})
print({10**20, 10**30, -10**25, 5, 2**100 + 7})
""")
case("set_order_lcg", """
x = 12345
items = []
for i in range(300):
    x = (x * 1103515245 + 12345) % 2**31
    items.append(x % 1000 - 500)
s = set(items)
print(list(s))
t = set()
for v in items:
    t.add(v * 7919)
print(list(t))
big = {v * 2**40 + v for v in items}
print(list(big)[:50])
""")
case("set_order_strings", """
print(set("hello"), set("hello world"), {"a", "b", "c", "d", "e"})
print({"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"})
print(set("The quick brown fox jumps over the lazy dog".split()))
print({"", "a", "aa", "aaa", "é", "€", "😀", "\\x00"})
print(frozenset(["x", "y", "z"]), {"key%d" % i for i in range(12)})
""")
case("set_order_mixed", """
print({1, 1.5, "a", (1, 2), None, True, 2.0, frozenset({1})})
print({(i, j) for i in range(4) for j in range(3)})
print({(1, "a"), (2, "b"), ("c", 3), ()})
print({1.5, 2.5, -0.5, 1e100, 3.25})
""")
case("set_removal_order", """
s = set(range(10))
for i in (3, 5, 7):
    s.discard(i)
print(s)
s.add(13); s.add(23); s.add(3)
print(s)
s = {1, 9, 17, 25}
s.remove(9)
s.add(33)
print(s, len(s))
s = set(range(40))
for i in range(0, 40, 2):
    s.remove(i)
print(s)
s.update(range(100, 140))
print(s)
""")
case("set_pop", """
s = set(range(0, 50, 7)) | {100, 200, -5}
out = []
while s:
    out.append(s.pop())
print(out)
s = {"a", "b", "c", "d"}
print(s.pop(), s.pop(), s)
s = {1, 2}
s.pop(); s.add(5); s.add(9)
print(s, s.pop())
try:
    set().pop()
except KeyError as e:
    print(repr(e))
""")
case("set_ops_order", """
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [100, 1, 3]), a.intersection(b, range(10)), a.difference(b, {4}), a.symmetric_difference(range(5)))
c = {1, 2, 3}
d = set(range(100))
print(c & d, d & c, c | d == d, len(d - c), list(d ^ c)[:10])
print(frozenset(a) | b, type(frozenset(a) | b).__name__, type(b | frozenset(a)).__name__)
e = set(range(40))
e -= set(range(0, 40, 3))
print(e)
e &= set(range(10, 60))
print(e)
e ^= {10, 11, 100, 101}
print(e)
e |= {-1, -2}
print(e)
print({1, 2} - {2}, frozenset({1, 2}) - {1})
print({"x", "y"} | {"z"}, {"a", "b", "c"} & {"b", "c", "d"})
""")
case("set_update_from", """
s = set()
s.update({"b": 1, "a": 2, "c": 3})
print(s)
s = set({5: 0, 3: 0, 1: 0, 9: 0, 7: 0})
print(s)
s = {1}
s.update([4, 2], (8, 6), "")
print(s)
s = set([3, 2, 1]); t = set(s); u = frozenset(s)
print(s, t, u, s == t == u)
s.update(s)
print(s)
print({*range(5), *"ab"}, {*{3, 1}, *[9, 8]})
""")
case("set_difference_update", """
s = set(range(64))
s.difference_update(range(0, 64, 2))
print(s, len(s))
s.add(1000)
print(s)
s = set(range(10))
s.difference_update({1: 2, 3: 4})
print(s)
s.intersection_update([1, 2, 5, 7, 9], range(6))
print(s)
s.symmetric_difference_update({2: 0, 11: 0})
print(s)
s.symmetric_difference_update([5, 6])
print(s)
s.symmetric_difference_update(s)
print(s)
""")
case("set_predicates", """
a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, a > b, a >= b, a == b, a != b, b > a, a < a, a <= a)
print(a.issubset(b), a.issubset([1, 2]), a.issuperset([1]), a.isdisjoint([3, 4]), a.isdisjoint({2}))
print(frozenset(a) == a, a == frozenset(a), {1} == [1], {1} != [1])
print(set() == frozenset(), hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset(["a", "b"])))
print(hash(frozenset({frozenset({1}), frozenset({2, 3})})), hash(frozenset(range(100))))
print(hash(frozenset({-1})), hash(frozenset({2**64})), hash(frozenset({(1, 2)})))
""")
case("set_contains_set_key", """
s = {frozenset({1, 2}), 3}
print({1, 2} in s, {1} in s, 3 in s)
s.remove({1, 2})
print(s)
s.discard({7})
print(s)
try:
    [] in s
except TypeError as e:
    print(e)
try:
    s.add([1])
except TypeError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    s.remove(99)
except KeyError as e:
    print(repr(e))
try:
    s.remove((1, 2))
except KeyError as e:
    print(repr(e))
""")
case("set_repr", """
class S(set): pass
class F(frozenset): pass
print(S(), S([1, 2]), F(), F("ab"), frozenset(), set())
print(repr({1, 2}), repr(frozenset({3})))
class R:
    def __init__(self, s): self.s = s
    def __repr__(self): return "R(" + repr(self.s) + ")"
    def __hash__(self): return 1
s = set()
s.add(R(s))
print(s)
f = F([1])
print(type(f.copy()).__name__, type(frozenset([1]).copy()).__name__, type(S([1]).copy()).__name__)
print(type(S([1]) | {2}).__name__, type(F([1]) & {1}).__name__, type(S([1]).union()).__name__)
fs = frozenset([1, 2])
print(frozenset(fs) is fs, fs.copy() is fs, F(fs) is fs)
""")
case("set_iter_mutation", """
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
it = iter(s)
next(it)
print(it.__length_hint__())
s.discard(2)
try:
    next(it)
except RuntimeError as e:
    print(e)
print(it.__length_hint__())
""")
case("set_errors", """
for f in [lambda: set(1, 2), lambda: set(x=1), lambda: frozenset(x=1), lambda: frozenset(1, 2),
          lambda: set().add(), lambda: set().union(x=1), lambda: {1} < [1], lambda: set(5),
          lambda: {1} + {2}, lambda: frozenset([1]).add(2), lambda: hash({1}), lambda: {1}.update(3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
""")
case("set_class_getitem_free", """
print(len({1, 2, 2}), bool(set()), bool({0}), sorted({3, 1, 2}), sum({1, 2, 3}), max({4, 9, 1}))
print(set.__hash__ is None, frozenset.__hash__ is not None)
print(list(reversed(sorted(frozenset("hello")))))
""")

# ---------------------------------------------------------------------------------------------------
# dict

case("dict_basics", """
d = {"b": 1, "a": 2}
d["c"] = 3
d[1] = "one"
d[1.0] = "float one"
d[True] = "true"
print(d, len(d), d[1], 1 in d, "z" in d)
del d["a"]
d["a"] = 9
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("q"), d.get("q", 5), d.get("b"), d.setdefault("b", 7), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d.popitem(), d)
d2 = d.copy(); d2["new"] = 0
print(d, d2, d == d2, d != d2)
d.clear()
print(d, len(d))
print({"0": 0, "1": 1, "x": 2, "10": 3}, {2: "a", 1: "b", "1": "c"})
""")
case("dict_order_mutation", """
d = {}
for i in range(10):
    d[i] = i * i
for i in range(0, 10, 3):
    del d[i]
d[0] = "again"
d[100] = 1
print(d)
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
e = dict.fromkeys("abcde", 0)
del e["c"]
e["c"] = 1
print(e, dict.fromkeys([3, 1, 2]), dict.fromkeys(range(3), []))
while e:
    print(e.popitem(), end=" ")
print()
""")
case("dict_constructor", """
print(dict(), dict([(1, 2), [3, 4]]), dict(a=1, b=2), dict({"x": 1}, y=2), dict([("a", 1)], a=2))
print(dict(zip("abc", range(3))), dict(((i, str(i)) for i in range(3))))
class M:
    def keys(self): return ["k1", "k2"]
    def __getitem__(self, k): return k.upper()
print(dict(M()))
d = {}
d.update(M(), z=0)
print(d)
d.update([("p", 1)])
print(d)
for args in [([(1, 2, 3)],), ([1],), ([(1,)],), (["ab", "cde"],), (1,), (1, 2)]:
    try:
        print(dict(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    {}.update(1, 2)
except TypeError as e:
    print(e)
class BadKeys:
    def keys(self): return 5
try:
    dict(BadKeys())
except TypeError as e:
    print(e)
print(dict(["ab", "cd"]))
""")
case("dict_errors", """
d = {1: 2}
for f in [lambda: d[3], lambda: d[[1]], lambda: d.pop(5), lambda: {}.popitem(), lambda: d.get(),
          lambda: d.get(1, 2, 3), lambda: d.fromkeys(), lambda: {} < {}, lambda: hash({}), lambda: d.keys(1),
          lambda: {}.setdefault(), lambda: d.__delitem__(9), lambda: d | [1], lambda: d.pop((1, 2))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    del d[5]
except KeyError as e:
    print(repr(e))
try:
    d[(1, 2)]
except KeyError as e:
    print(repr(e), e.args)
""")
case("dict_missing_subclass", """
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
print(d["a"], d["bb"], d.get("bb"), "bb" in d, d, type(d).__name__)
print(type(d.copy()).__name__, type(d | {}).__name__, type({} | d).__name__)
class C(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
c = C({"x": 1})
c["y"] = 2
c.update(z=3)
print(c, C.fromkeys("ab", 1))
class Counter(dict):
    def __missing__(self, k):
        return 0
cnt = Counter()
for ch in "mississippi":
    cnt[ch] = cnt[ch] + 1
print(cnt)
""")
case("dict_or", """
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print(a | b, b | a)
a |= b
print(a)
a |= [("w", 0)]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print(e)
""")
case("dict_eq_repr", """
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {1: 2} == {2: 2}, {} == {}, {1: 2} == [1])
n = float("nan")
print({1: n} == {1: n}, {1: float("nan")} == {1: float("nan")})
d = {}
d["self"] = d
d[2] = [d]
print(d)
print(repr({"a": "b", 1: (2,), None: [None]}))
""")
case("dict_iter_mutation", """
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
        d[k + 100] = 0
except RuntimeError as e:
    print(e)
print(d)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d.pop("b", None)
        d["c"] = 3
        print(k)
except RuntimeError as e:
    print("error", e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = 5
print(d)
d = dict.fromkeys(range(5))
it = iter(d.items())
print(next(it), it.__length_hint__())
d.pop(3)
try:
    next(it)
except RuntimeError as e:
    print(e)
print(it.__length_hint__())
d = {1: 2}
r = reversed(d)
d[3] = 4
try:
    next(r)
except RuntimeError as e:
    print(e)
""")
case("dict_iter_mutation_table", """
def run(label, d, body):
    out = []
    try:
        for k in d:
            out.append(k)
            body(d, k)
        print(label, "ok", out, d)
    except RuntimeError as e:
        print(label, "err", e, out, d)
def b1(d, k):
    del d[k]; d[k + 100] = 0
def b2(d, k):
    d[k] = d.pop(k)
def b3(d, k):
    d[k * 1000] = 1; del d[k * 1000]
def b4(d, k):
    if k in (1, 2):
        del d[k]; d[-k] = 1
for n in range(1, 12):
    run("b1-%d" % n, dict.fromkeys(range(n)), b1)
    run("b2-%d" % n, dict.fromkeys(range(n)), b2)
    run("b3-%d" % n, dict.fromkeys(range(n)), b3)
    run("b4-%d" % n, dict.fromkeys(range(n)), b4)
    d = {}
    for i in range(n): d[i] = i
    run("b1l-%d" % n, d, b1)
    run("b2c-%d" % n, {i: i for i in range(n)}, b2)
    run("b1c-%d" % n, dict({i: i for i in range(n)}), b1)
    e = {i: i for i in range(n + 3)}
    for i in range(3): del e[i]
    run("b1x-%d" % n, e.copy(), b1)
def s1(d, k):
    del d[k]; d[k + "x"] = 0
def s2(d, k):
    d[k] = d.pop(k)
for n in range(1, 10):
    keys = ["k%d" % i for i in range(n)]
    run("s1-%d" % n, dict.fromkeys(keys), s1)
    run("s2-%d" % n, dict.fromkeys(keys), s2)
    d = {}
    for k in keys: d[k] = 1
    run("s2b-%d" % n, d, s2)
    d = dict.fromkeys(keys); del d[keys[0]]
    run("s1d-%d" % n, d, s1)
""")
case("list_misc", """
l = [1, 2]; l.__init__([3]); print(l)
l += l; print(l)
l[::-1] = l; print(l)
l *= 3; print(l, l.count(3), l.index(2, 1))
m = [[]] * 3; m[0].append(1); print(m)
print([[], [[]], [[], []]], [()], [{}], [set()], [frozenset()])
print(list(reversed(range(3))), sorted([[3], [1, 2], [1]]), sorted([(2, "b"), (1, "z"), (2, "a")], reverse=True))
print(sorted("bca", key=lambda c: -ord(c)), sorted([3, 1, 2], key=None), sorted(x for x in "hello"))
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    sorted()
except TypeError as e:
    print(e)
""")
case("dict_views", """
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i, ["a", 1] in i)
d["d"] = 4
print(k, list(v), list(i))
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "q"}, {"a", "q"} ^ k, ["a"] - k)
print(i & {("a", 1)}, i - {("a", 1)}, i | {("q", 0)})
print(k == {"a", "b", "c", "d"}, k < {"a", "b", "c", "d", "e"}, k >= {"a"}, i == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
print(k == k, v == v, v == d.values(), k != set())
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), i.isdisjoint({("b", 2)}))
print(k.mapping, i.mapping["a"], list(reversed(k)), list(reversed(i)))
print({1: 2}.items() ^ {1: 3}.items(), {1: 2, 2: 3}.items() ^ {1: 2}.items())
print(d.keys() & d.keys(), {1: 1}.keys() & {2: 1, 1: 2}.keys())
try:
    hash(k)
except TypeError as e:
    print(e)
e = {}
e[1] = e.keys()
print(e)
""")
case("dict_keys_order_ops", """
d = dict.fromkeys(range(20))
print(d.keys() - {3, 4}, d.keys() & set(range(5, 25, 2)), d.keys() | {100})
print(set(d), set(d.items()) == set(d.items()))
s = {"x": 1, "y": 2, "z": 3}
print(s.keys() | {"w"}, s.keys() ^ {"x", "v"}, s.keys() & ["z", "y"])
""")
case("dict_nonstr_keys", """
d = {(1, 2): "t", 3.5: "f", None: "n", frozenset({1}): "fs", -1: "m", 2**70: "big"}
print(d[(1, 2)], d[3.5], d[None], d[frozenset({1})], d[-1], d[2**70], d)
print(d.pop((1, 2)), (1, 2) in d, len(d))
x = {0: "a", 0.0: "b", False: "c"}
print(x, {1: 1, True: 2}, {"": 1, 0: 2})
""")

# ---------------------------------------------------------------------------------------------------
# list

case("list_methods", """
a = [3, 1, 2]
a.append(4); a.extend((5, 6)); a.extend("ab"); a.insert(0, "x"); a.insert(-1, "y"); a.insert(100, "z"); a.insert(-100, "w")
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("a")
print(a, a.index(2), a.index(5, 2), a.count(1), a.count(9))
b = a.copy(); b.reverse()
print(b, a)
b.clear()
print(b, a[::-1], list(reversed(a)))
print([1, 2, 3].index(3, -1), [1, 2, 3].index(1, -100, 100), [1] * 3, 3 * [0, 1], [] * 5, [1, 2] * -1)
x = [1, 2]; x += (3,); x += "ab"; x *= 2
print(x)
y = x; y *= 0
print(x, y is x)
""")
case("list_errors", """
a = [1, 2, 3]
for f in [lambda: a[5], lambda: a["x"], lambda: a.index(9), lambda: a.index(1, "a"), lambda: a.remove(9),
          lambda: [].pop(), lambda: a.pop(9), lambda: a.pop("x"), lambda: a + (1,), lambda: a * 1.5,
          lambda: 2.5 * a, lambda: a.sort(1), lambda: a.sort(key=1, x=2), lambda: list(1, 2),
          lambda: list(x=1), lambda: a.append(), lambda: a.insert(1), lambda: a[2**100],
          lambda: a.insert(2**100, 1), lambda: a * 2**100, lambda: hash([]), lambda: a < (1,),
          lambda: [1, "a"] < [1, 2], lambda: a.index(), lambda: list(5), lambda: [].extend(3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    a[7] = 1
except IndexError as e:
    print(e)
try:
    del a[7]
except IndexError as e:
    print(e)
""")
case("list_slices", """
a = list(range(10))
print(a[2:5], a[::2], a[::-1], a[-3:], a[:-7], a[5:2], a[5:2:-1], a[100:], a[-100:2], a[::3], a[1::-1])
print(a[2**100:], a[-2**100:3], a[::2**100], a[::-2**100])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = "abc"
print(b)
b[::2] = range(len(b[::2]))
print(b)
b[5:2] = [9]
print(b)
del b[::3]
print(b)
del b[-2:]
print(b)
c = [1, 2, 3]
c[:] = c
print(c)
c[1:] = c
print(c)
c[::-1] = c
print(c)
d = list(range(6))
d[4:1:-1] = "xyz"
print(d)
del d[::-2]
print(d)
for stmt in ["d[::2] = [1]", "d[0:2] = 5", "d[::2] = 5", "d[::0]", "d['a':]", "d[1:2:0] = []"]:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
e = list(range(8))
e[1:7:2] = iter("abc")
print(e)
""")
case("list_compare_contains", """
n = float("nan")
print([1, 2] < [1, 2, 3], [1, 2] == [1, 2], [2] > [1, 5], [] < [0], [1, [2]] == [1, [2]], [n] == [n], [float("nan")] == [float("nan")])
print(n in [n], float("nan") in [float("nan")], [1, 2].count(1.0), (1, 2).index(2.0), [[1]].index([1]))
class E:
    def __eq__(self, o):
        print("eq called")
        return True
print(E() in [1], [1].count(E()), [E()] == [2])
print((1, 2) < (1, 3), (1,) < (1, 0), () == (), (1, 2) != (1, 2), (3,) >= (2, 9))
""")
case("list_repr", """
a = [1, "a", None, (1,), [2, 3]]
a.append(a)
print(a, repr([]))
class L(list): pass
l = L([1, 2])
print(l, type(l[:]).__name__, type(l + l).__name__, type(l * 2).__name__, l == [1, 2])
l.x = 5
print(l.x)
class L2(list):
    def __init__(self, *a):
        super().__init__(a)
print(L2(1, 2, 3))
""")
case("list_sort", """
a = [5, 3, 1, 4, 2]
a.sort(); print(a)
a.sort(reverse=True); print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, 1, 2.25, -1]), sorted("hello"), sorted({3: 1, 1: 2}), sorted([], reverse=True))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(e)
b = [3, 1, 2]
try:
    b.sort(key=lambda x: (b.append(x), x)[1])
except ValueError as e:
    print(e)
print(b)
c = [3, 2, 1]
def bad(x):
    if x == 2:
        raise KeyError("k")
    return x
try:
    c.sort(key=bad)
except KeyError as e:
    print(repr(e), c)
""")
case("list_sort_comparisons", """
calls = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
x = 7
vals = []
for i in range(200):
    x = (x * 1103515245 + 12345) % 2**31
    vals.append(x % 50)
items = [K(v) for v in vals]
items.sort()
print([k.v for k in items] == sorted(vals), len(calls))
print(calls[:40])
print(calls[-40:])
calls.clear()
run = list(range(100)) + list(range(50, 0, -1)) + [5] * 20 + list(range(300, 200, -3))
ks = [K(v) for v in run]
ks.sort(reverse=True)
print(len(calls), [k.v for k in ks][:20])
calls.clear()
ks = [K(v) for v in [3, 3, 2, 2, 1, 1, 4, 4, 0]]
ks.sort()
print(calls)
""")
case("list_sort_stability_large", """
x = 1
data = []
for i in range(2000):
    x = (x * 69069 + 1) % 2**32
    data.append((x % 37, i))
s = sorted(data, key=lambda t: t[0])
print(all(s[i][0] < s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1]) for i in range(len(s) - 1)))
print(s[:10], s[-5:])
r = sorted(data, key=lambda t: t[0], reverse=True)
print(r[:10])
print(sorted(range(100, 0, -1))[:5], sorted([1] * 5 + [0] * 5))
""")
case("list_iterators", """
a = [1, 2, 3]
it = iter(a)
print(next(it), it.__length_hint__())
a.append(4)
print(list(it), it.__length_hint__(), list(it))
r = reversed(a)
print(next(r), r.__length_hint__())
a.clear()
print(list(r), r.__length_hint__())
print(type(iter([])).__name__, type(reversed([])).__name__, type(iter(())).__name__)
it = iter([1, 2, 3]); next(it)
print(it.__reduce__()[1:], reversed([1, 2]).__reduce__()[1:])
it.__setstate__(0)
print(list(it))
""")

# ---------------------------------------------------------------------------------------------------
# tuple

case("tuple_basics", """
t = (1, "a", None)
print(t, (1,), (), t[1], t[-1], t[::-1], t[1:], t + (2,), t * 2, 2 * (0,), len(t), "a" in t)
print(t.count(1), t.index(None), (1, 2, 1).index(1, 1), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2, 3) > (1, 2), hash(()) == hash(tuple()))
x = (1, 2)
print(tuple(x) is x, x[:] is x, x * 1 is x, x + () is x)
for f in [lambda: t[5], lambda: t["a"], lambda: t.index(7), lambda: t + [1], lambda: tuple(1, 2),
          lambda: tuple(x=1), lambda: t[2**100], lambda: t * 1.5, lambda: hash(([],))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
""")
case("tuple_hash", """
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((-1,)), hash((-2,)), hash((0, 0)))
print(hash(("a",)), hash(("a", "b")), hash((1, ("x", 2), (3, (4,)))), hash((2**62, -2**63, 2**64)))
print(hash((None,)), hash((True, False)), hash((1.5, 2.0)), hash(((),)), hash(tuple(range(50))))
print(hash(slice(1, 2, 3)), hash(slice(None)), hash(slice("a", "b")))
""")
case("tuple_subclass_repr", """
class P(tuple):
    def __repr__(self):
        return "P" + super().__repr__()
p = P([1, 2])
print(p, type(p[:]).__name__, p + (3,), type(p + (3,)).__name__, p == (1, 2), P(), P("ab"))
class R:
    def __init__(self): self.t = None
    def __repr__(self): return repr(self.t)
r = R(); r.t = (r, 1)
print(r)
print(type(iter(())).__name__, iter((1, 2)).__length_hint__(), list(iter((1, 2, 3))))
""")

# ---------------------------------------------------------------------------------------------------
# range, slice

case("range_basics", """
r = range(0, 20, 3)
print(r, range(5), range(1, 5), range(5, 1, -1), len(r), r[2], r[-1], r[2:5], r[::-1], r[-100:100], r[::2], r[5:1:-2])
print(list(r), list(reversed(r)), 9 in r, 10 in r, 9.0 in r, r.index(9), r.count(9), r.count(9.0), r.index(9.0))
print(range(0) == range(5, 2), range(1, 2, 3) == range(1, 3, 5), range(0, 3) == range(0, 3, 1), range(3) != range(4))
print(hash(range(0)), hash(range(1, 2, 3)), hash(range(1, 10, 3)), hash(range(-5, 5)))
print(bool(range(0)), bool(range(2)), r.start, r.stop, r.step, range(-5, 2**70, 7))
print(list(range(2**53 - 2, 2**53 + 3)), range(2**64)[2**63], len(range(2**62)), list(range(10, 0, -3)))
print(range(10**20, 10**20 + 5)[1:3], 10**20 + 2 in range(10**20, 10**21, 2), range(0, 10**30, 7).index(7 * 10**20))
print(list(range(-3, 10, 4)), list(reversed(range(-3, 10, 4))), list(reversed(range(0))), list(range(5))[::-2])
""")
case("range_errors", """
for f in [lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(1, 2, 0), lambda: range("a"), lambda: range(1.5),
          lambda: range(10)[20], lambda: range(10)["a"], lambda: range(10).index(20), lambda: range(10).index(3.5),
          lambda: len(range(2**64)), lambda: range(x=1), lambda: range(3) < range(4)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
r = range(3)
try:
    r.start = 5
except AttributeError as e:
    print(e)
""")
case("range_iterators", """
it = iter(range(0, 10, 3))
print(next(it), it.__length_hint__(), it.__reduce__()[1:], type(it).__name__)
it.__setstate__(1)
print(list(it))
print(type(iter(range(2**62))).__name__, type(iter(range(2**63))).__name__, type(reversed(range(2**70))).__name__)
print(reversed(range(5)).__reduce__()[1:], list(iter(range(2**64, 2**64 + 3))))
print([x for x in range(3, -3, -2)], sum(range(101)), max(range(7)), list(range(5, 5)))
""")
case("slice_basics", """
s = slice(1, 10, 2)
print(s, slice(5), slice(None), slice(1, 2), s.start, s.stop, s.step, slice("a", [1], None))
print(s.indices(5), slice(None, None, -1).indices(10), slice(None, None, -1).indices(0), slice(-2**100, 2**100, -2**99).indices(10))
print(slice(None).indices(2**100), slice(-3, None).indices(2), slice(1, -1, 3).indices(20))
print(slice(1) == slice(1), slice(1, 2) == slice(1, 2, None), slice(1) < slice(2), slice(1, 2) != slice(1, 3), s == (1, 10, 2))
print(s.__reduce__(), hash(slice(1, 2, 3)) == hash(slice(1, 2, 3)))
for f in [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(1, 2, 3).indices(-1), lambda: slice(1, 2, 0).indices(5),
          lambda: slice("a").indices(5), lambda: slice(1) < slice("a"), lambda: slice(x=1), lambda: hash(slice([]))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    s.start = 3
except AttributeError as e:
    print(e)
print("abcdef"[slice(1, None, 2)], [0, 1, 2, 3][slice(None, None, -1)], (0, 1, 2)[slice(-2, None)])
""")

# ---------------------------------------------------------------------------------------------------
# iterator builtins

case("enumerate_zip", """
print(list(enumerate("abc")), list(enumerate("abc", 5)), list(enumerate("ab", start=-2)), list(enumerate("ab", 2**70)))
print(list(enumerate(iterable=[1], start=True)), list(enumerate([])))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2], (True,))), list(zip("ab", "cd", strict=True)))
for f in [lambda: enumerate(), lambda: enumerate(1, 2, 3), lambda: enumerate(x=1), lambda: enumerate(start=1),
          lambda: enumerate([], start=1.5), lambda: enumerate(1), lambda: zip(1), lambda: zip(x=1),
          lambda: zip(strict=True, x=1), lambda: list(zip([1, 2], [1], strict=True)),
          lambda: list(zip([1], [1, 2], [3], strict=True)), lambda: list(zip("abc", "cd", "ef", strict=True)),
          lambda: list(zip("ab", "cd", "efg", strict=True)), lambda: list(zip("a", "b", "c", "", strict=True))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
e = enumerate("xy", 3)
print(next(e), e.__reduce__()[1][1], type(e).__name__)
z = zip([1], [2], strict=True)
print(z.__reduce__()[2], type(z).__name__)
""")
case("map_filter", """
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(lambda x: x % 2, range(10))), list(filter(bool, [0, 2])))
for f in [lambda: map(), lambda: map(len), lambda: map(len, [1], x=1), lambda: list(map(1, [1])),
          lambda: filter(), lambda: filter(None), lambda: filter(None, [1], 2), lambda: filter(None, [1], x=2),
          lambda: list(map(len, 5))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
m = map(len, ["ab"])
print(type(m).__name__, m.__reduce__()[0].__name__, next(m), next(m, "end"))
class MyMap(map):
    def __next__(self):
        return "overridden"
mm = MyMap(str, [1, 2])
print(next(mm), list(zip(mm, range(2))))
class E(enumerate):
    pass
print(list(E("ab", 1)), type(E("a")).__name__)
""")
case("reversed_seqiter_calliter", """
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(4))), list(reversed({1: 2, 3: 4})))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), type(iter(Seq())).__name__, type(reversed(Seq())).__name__, 20 in Seq())
r = reversed(Seq())
print(r.__length_hint__(), next(r), r.__length_hint__(), r.__reduce__()[2])
class G:
    def __getitem__(self, i):
        if i > 4:
            raise StopIteration
        return i
print(list(G()), 3 in G(), 7 in G())
for f in [lambda: reversed(1), lambda: reversed({1}), lambda: reversed(), lambda: reversed([], 1), lambda: reversed([], x=1),
          lambda: iter(1), lambda: iter(1, 2), lambda: iter(), lambda: reversed(G())]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class NoRev(list):
    __reversed__ = None
try:
    reversed(NoRev())
except TypeError as e:
    print(e)
vals = iter([1, 2, 3, 0, 5])
ci = iter(lambda: next(vals), 0)
print(type(ci).__name__, list(ci), list(ci))
n = [0]
def counter():
    n[0] += 1
    if n[0] > 3:
        raise StopIteration
    return n[0]
print(list(iter(counter, None)))
""")
case("set_ops_iterables", """
s = set(range(10))
print(s.intersection([3, 30, 5]), s.issubset(range(20)), s.issuperset([1, 2]), s.isdisjoint(iter([10, 11])))
print(s.difference([1, 2], (3,)), s.union("ab", [1]), s.symmetric_difference([0, 100]), s & {1: 2, 3: 4}.keys())
f = frozenset([1, 2])
d = {f: "x", frozenset(): "e"}
print(d[frozenset([2, 1])], d[frozenset()], f in {f}, {f, frozenset([2, 1])})
t = set(range(5))
for i in range(5, 9):
    t.add(i)
    print(t.pop(), end=" ")
print(t)
try:
    {1: [1]}.items() & {(1, 2)}
    print("no error")
except TypeError as e:
    print(e)
try:
    {1: [1]}.items() | {(1, 2)}
except TypeError as e:
    print(e)
""")
case("errors_misc", """
def E(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: [].__len__(1), lambda: [].__add__(), lambda: [].__add__(x=1), lambda: [].__setitem__(1),
          lambda: [].__reversed__(1), lambda: set().__contains__(), lambda: range(1).__contains__(),
          lambda: (1,).__getnewargs__(1), lambda: iter([]).__length_hint__(1), lambda: iter([]).__setstate__(),
          lambda: {}.__getitem__(), lambda: {}.keys().isdisjoint(), lambda: set().union(x=1),
          lambda: frozenset().isdisjoint(), lambda: [].count(), lambda: ().index(), lambda: range(3).count(),
          lambda: slice(1).indices(), lambda: {}.get(x=1), lambda: [].index(x=1), lambda: list.__class_getitem__()]:
    E(f)
print(list[int], dict[str, int], tuple[int, ...], set[int], frozenset[str], enumerate[int])
""")
case("iterators_more", """
print(list(map(lambda a, b, c: a + b + c, [1, 2, 3], [10, 20], [100, 200, 300])))
def bad(x):
    if x == 2:
        raise KeyError(x)
    return True
try:
    print(list(filter(bad, [1, 2, 3])))
except KeyError as e:
    print("KeyError", e)
def gen():
    yield 1
    raise ValueError("in gen")
try:
    list(zip([1, 2], gen(), strict=True))
except ValueError as e:
    print(e)
z = zip("ab", "cd")
print(next(z), list(z), list(z))
e = enumerate(iter([5, 6]))
print(list(e), list(e))
r = reversed([1, 2, 3])
print(next(r), list(r), r.__length_hint__())
print(sorted([(1, "b"), (1, "a"), (0, "c")], key=lambda p: p[0], reverse=True))
print(sorted(["b", "a", "B", "A"], reverse=True), sorted([2, 1, 3], key=lambda x: -x, reverse=True))
print([[1, [2]], [1, [3]]] < [[1, [2]], [1, [4]]], [[1], 2] == [[1], 2], [[1], [2]] > [[1]])
r = range(-10, 10, 3)
print(r.index(-7), r.count(-7), -7 in r, -8 in r, r[-2], r[1:-1], r[::-2], len(r), range(10, -10, -3)[4])
print(list(range(10)[::-3]), range(0, -5, -1)[2:], range(5)[10:], range(5)[-10:-8])
""")
case("container_misc", """
print(list("abc"), list((1, 2)), list({1: 2}), list({3, 1, 2}), list(range(3)), tuple({"a": 1}), list(x * x for x in range(4)))
print([*range(3), *"ab"], (*[1], *(2,)), {**{1: 2}, **{3: 4}}, [1, 2, 3][1:][::-1])
a, *b, c = range(6)
print(a, b, c)
print(sorted({"b": 1, "a": 2}.items()), min([3, 1, 2]), max((1, 5, 2)), sum([[1], [2]], []))
x = [[0] * 3 for _ in range(2)]
x[0][1] = 5
print(x, [[0] * 2] * 2)
""")


def run_programs():
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", harness_program(CASES)], env=env, capture_output=True, text=True, encoding="utf-8"
    )
    if proc.returncode != 0:
        sys.exit("harness failed:\n" + proc.stderr)
    outputs = {}
    current = None
    for line in proc.stdout.split("\n"):
        if line.startswith("### "):
            current = line[4:]
            outputs[current] = []
        elif current is not None:
            outputs[current].append(line)
    return [
        {"name": name, "src": src, "out": "\n".join(outputs[name]).rstrip("\n")} for name, src in CASES
    ]


def native_cases():
    # Each set is built by adding the ints in order; CPython's iteration order is what the table gives.
    x = 99
    sets = []
    for n in [1, 2, 5, 8, 13, 40, 100, 1000]:
        items = []
        for _ in range(n):
            x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
            r = x >> 33
            kind = r % 4
            if kind == 0:
                items.append(r % 64 - 32)
            elif kind == 1:
                items.append((r % 1000) * 8)
            elif kind == 2:
                items.append(r * 2**20 - 2**50)
            else:
                items.append((r - 2**30) * 2**40)
        sets.append(items)
    sets.append(list(range(0, 512, 32)) + list(range(7, 1000, 64)))
    sets.append([2**61 - 1, 2**61, 2**62, -1, -2, 2**64 + 5, 5, -(2**63)])
    out = []
    for items in sets:
        s = set()
        for v in items:
            s.add(v)
        out.append({
            "kind": "int",
            "items": [str(v) for v in items],
            "order": [str(v) for v in s],
            "frozenset_hash": str(hash(frozenset(items))),
            "tuple_hash": str(hash(tuple(items))),
        })
    # Sets of strs (siphash13 of the PEP 393 representation with PYTHONHASHSEED=0).
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789_ é€😀中"
    for n in [1, 3, 6, 20, 77, 300]:
        items = []
        for _ in range(n):
            x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
            r = x >> 20
            length = r % 9
            word = ""
            for _ in range(length):
                word += alphabet[r % len(alphabet)]
                r //= len(alphabet)
                if r == 0:
                    r = x >> 7
            items.append(word)
        s = set()
        for v in items:
            s.add(v)
        out.append({
            "kind": "str",
            "items": items,
            "order": list(s),
            "frozenset_hash": str(hash(frozenset(items))),
            "tuple_hash": str(hash(tuple(items))),
        })
    return out


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit("run with CPython 3.13")
    if os.environ.get("PYTHONHASHSEED") != "0":
        # str hashes (and so set orders) are those of PYTHONHASHSEED=0
        env = dict(os.environ, PYTHONHASHSEED="0")
        sys.exit(subprocess.run([sys.executable, __file__], env=env).returncode)
    data = {"programs": run_programs(), "natives": native_cases()}
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(data['programs'])} programs, {len(data['natives'])} native cases")


if __name__ == "__main__":
    main()
