# Chained exceptions and notes inside a group, a group chained to another exception.
def failing(i):
    try:
        raise KeyError(i)
    except KeyError as k:
        err = ValueError(f"bad {i}")
        err.add_note(f"note for {i}")
        raise err from k


excs = []
for i in range(2):
    try:
        failing(i)
    except ValueError as v:
        excs.append(v)
try:
    1 / 0
except ZeroDivisionError:
    g = ExceptionGroup("chained", excs)
    g.add_note("group note\nspanning two lines")
    raise g
