try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _simple_mod import does_not_exist
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg_shapes.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _simple_mod.child
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from pkg_shapes import missing_thing
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
e = ImportError("custom", name="modname", path="/p")
print(e, e.name, e.path, e.msg)
