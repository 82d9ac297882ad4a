import sys
import _counted_mod
import _counted_mod
first = _counted_mod
print(sys.counted_executions)
del sys.modules["_counted_mod"]
import _counted_mod
print(sys.counted_executions, first is _counted_mod)

class Fake:
    __name__ = "fake_module"
    answer = "from a fake entry in sys.modules"
sys.modules["fake_module"] = Fake()
import fake_module
print(fake_module.answer)
sys.modules["blocked_module"] = None
try:
    import blocked_module
except ImportError as e:
    print(type(e).__name__, e)
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules)
