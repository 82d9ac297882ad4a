# except*: handled parts, a re-raised part and a new exception raised from a handler.
def work():
    raise ExceptionGroup("work", [ValueError(1), TypeError(2), ExceptionGroup("sub", [KeyError(3), OSError(4)])])


try:
    work()
except* ValueError as e:
    print("handled", repr(e))
except* KeyError:
    raise RuntimeError("from handler")
except* OSError:
    raise
