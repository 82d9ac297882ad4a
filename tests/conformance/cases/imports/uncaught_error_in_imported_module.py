print("importing a module that fails")
import _broken_mod
