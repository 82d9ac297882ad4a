from pkg_star import *
print(public_a, _explicit_private)
try:
    public_b
except NameError as e:
    print(type(e).__name__, e)
from _star_noall import *
print(visible, func())
try:
    _hidden
except NameError as e:
    print(type(e).__name__, e)
ns = {}
exec("from pkg_star import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
