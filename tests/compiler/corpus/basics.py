"""Module docstring."""
import os, sys as system
import os.path as osp
from collections import OrderedDict as OD, deque
from . import sibling
from ..pkg.mod import *
x = 1
y = x + 2 * 3 - (4 // 5) % 6 ** 7
z = -x, +x, ~x, not x
s = "a" "b" f"{x!r:>{y}}" f"{x}{y=}"
b = b"bytes"
c = 1.5 + 2j
t = (1, 2, (3, 4)), [1, 2], {1, 2}, {"a": 1, **{}}
a, *rest = t
del a
x += 1
x.attr = 1
x.attr += 2
x[1] = 2
x[1:2] = 3
x[1] += 4
x[1:2] += 5
print(x[::2], x[1:], x[a, b])
if x and y or not z:
    pass
elif x is None:
    pass
else:
    x = y if z else t
while x < 10:
    x += 1
    if x == 5:
        continue
    if x == 7:
        break
else:
    pass
for i in range(3):
    print(i)
else:
    print("done")
assert x, "message"
lam = lambda a, b=1, *c, d, e=2, **f: (a, b, c, d, e, f)
w = (v := 10) + v
q = 1 < x <= 3 != y
print(*t, sep="", **{"end": ""})
f(a)(b)[c].d(e, f=g)
