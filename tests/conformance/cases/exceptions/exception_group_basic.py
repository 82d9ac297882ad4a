eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(eg.message, len(eg.exceptions), str(eg), repr(eg))
print(type(eg).__name__, isinstance(eg, Exception))

match_v, rest = eg.split(ValueError)
print(repr(match_v), repr(rest))
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(KeyError))
print(repr(eg.subgroup(lambda e: "2" in str(e))))

nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("b")])])
print(repr(nested.split(KeyError)[0]))
print(repr(nested.derive([ValueError("x")])))

bg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(bg).__name__)
bg2 = BaseExceptionGroup("promoted", [ValueError()])
print(type(bg2).__name__)

for bad in [lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", [1]), lambda: ExceptionGroup("m", [KeyboardInterrupt()]), lambda: ExceptionGroup(1, [ValueError()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
