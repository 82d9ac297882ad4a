import _simple_mod
import _simple_mod as alias
from _simple_mod import VALUE, greet as hello
from _simple_mod import Thing

print(_simple_mod.VALUE, VALUE, alias is _simple_mod)
print(hello("x"))
print(_simple_mod.__name__, _simple_mod.__doc__)
print(Thing.__module__, Thing.__qualname__)
print(type(_simple_mod).__name__)
print(_simple_mod.__file__)
import sys
print("_simple_mod" in sys.modules, sys.modules["_simple_mod"] is _simple_mod)
print(sys.path[0])
print(__name__, __file__)
import _simple_mod, sys as system
print(system is sys)
