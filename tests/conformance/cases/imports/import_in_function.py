def use_math():
    import math
    return math.floor(2.7), "math" in dir()

print(use_math())
try:
    math
except NameError as e:
    print(type(e).__name__, e)

def shadow():
    from _simple_mod import VALUE as v
    return v
print(shadow())
import sys
print("_simple_mod" in sys.modules)

def conditional(flag):
    if flag:
        import itertools
    return itertools.count
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(next(conditional(True)(5)))
