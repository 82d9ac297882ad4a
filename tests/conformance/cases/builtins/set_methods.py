a = {1, 2, 3}
b = {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection([1, 3])), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a <= {1, 2, 3, 4}, a < a, a.issubset(range(5)), a.issuperset({1}), a.isdisjoint({7}))
s = set()
s.add(1); s.add(1); s.update([2, 3], (4,))
print(sorted(s), len(s))
s.discard(99)
s.remove(4)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
p = s.pop()
print(p in {1, 2, 3}, len(s))
s |= {10}; s &= {10, 2, 3}; s -= {3}
print(sorted(s))
fs = frozenset([1, 2])
print(sorted(fs | {3}), type(fs | {3}).__name__, type({3} | fs).__name__, fs == {1, 2})
try:
    fs.add(3)
except AttributeError as e:
    print(type(e).__name__, e)
print({1, 2} == frozenset({1, 2}), len({frozenset(), frozenset()}))
print(set("hello") == {"h", "e", "l", "o"}, sorted(set([3, 1, 3])))
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
print(set(), frozenset(), {0} - {0})
