x = 1
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
g = globals()
print(g["x"], "f" in g, g["__name__"], type(g).__name__)
g["injected"] = "via globals()"
print(injected)
def modify_locals():
    v = 1
    locals()["v"] = 2
    return v
print(modify_locals())
print(type(__builtins__).__name__ in ("module", "dict"))
import sys
builtins = sys.modules["builtins"]
print(builtins.len is len, builtins.__name__, hasattr(builtins, "print"))
builtins.custom_builtin = "visible everywhere"
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print(type(e).__name__, e)
print(__name__, __doc__, "__spec__" in globals())
