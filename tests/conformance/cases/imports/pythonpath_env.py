# conformance: env={"PYTHONPATH": "pp_lib"}
import sys
import pp_module
print(pp_module.FOUND)
print(pp_module.__file__)
print(sys.path[0])
print(sys.path[1])
