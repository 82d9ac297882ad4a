# BaseExceptionGroup with a BaseException inside, and a user subclass of ExceptionGroup.
class MyGroup(ExceptionGroup):
    pass


try:
    raise MyGroup("mine", [ValueError(1)])
except MyGroup as g:
    print(type(g).__name__, repr(g))
raise BaseExceptionGroup("base", [KeyboardInterrupt(), SystemExit(3), ValueError("v")])
