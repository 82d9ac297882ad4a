import pkg_rel
print(pkg_rel.shout("hi"))
from pkg_rel.sub import deep
print(deep.report())
print(deep.sibling.__name__, deep.helpers is pkg_rel.helpers)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec("from .. import x", {"__name__": "top", "__package__": "pkg_rel"})
except ImportError as e:
    print(type(e).__name__, e)
