import sys
import pkg_dyn
print(hasattr(pkg_dyn, "inner"))
import pkg_dyn.inner.leaf
print(hasattr(pkg_dyn, "inner"), hasattr(pkg_dyn.inner, "leaf"))
print(pkg_dyn.inner.leaf.where())
del pkg_dyn.inner
from pkg_dyn import inner
print(inner is sys.modules["pkg_dyn.inner"])
import pkg_dyn.inner.leaf as leaf_alias
print(leaf_alias.where())
