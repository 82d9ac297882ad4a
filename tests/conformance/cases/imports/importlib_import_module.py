import importlib
import sys
leaf = importlib.import_module("pkg_dyn.inner.leaf")
print(leaf.where(), "pkg_dyn" in sys.modules, "pkg_dyn.inner" in sys.modules)
same = importlib.import_module(".inner.leaf", package="pkg_dyn")
print(same is leaf)
root = importlib.import_module("pkg_dyn")
print(root.LABEL)
mod = __import__("pkg_dyn.inner.leaf")
print(mod.__name__)
mod2 = __import__("pkg_dyn.inner.leaf", fromlist=["where"])
print(mod2.__name__)
for name, pkg in [("pkg_dyn.nope", None), ("no_such_top_level", None), (".leaf", None)]:
    try:
        importlib.import_module(name, pkg)
    except (ImportError, TypeError) as e:
        print(type(e).__name__, e)
m = importlib.import_module("math")
print(m.sqrt(16))
