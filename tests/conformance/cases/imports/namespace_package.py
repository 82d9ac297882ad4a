import nspkg_demo.part.mod as mod
import nspkg_demo
print(mod.WHERE)
print(nspkg_demo.__file__, list(nspkg_demo.__path__))
print(mod.__name__, mod.__package__)
print(getattr(nspkg_demo, "__file__", "no __file__"))
