import pkg_lazy
print(pkg_lazy.lazy_thing)
print(dir(pkg_lazy))
from pkg_lazy import lazy_other
print(lazy_other, sorted(pkg_lazy._loaded))
try:
    pkg_lazy.other
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from pkg_lazy import not_lazy
except ImportError as e:
    print(type(e).__name__, e)
ModuleType = type(pkg_lazy)
m = ModuleType("made_by_hand", "doc text")
m.x = 1
print(m.__name__, m.__doc__, m.x, repr(m))
import _simple_mod
try:
    _simple_mod.nothing
except AttributeError as e:
    print(type(e).__name__, e)
