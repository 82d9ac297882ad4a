class BadStr:
    def __str__(self):
        raise RuntimeError("no")


errors = []
e = ValueError("x")
e.add_note("first note")
e.add_note("multi\nline note")
e.__notes__.append(BadStr())
e.__notes__.append(42)
errors.append(e)
e = ValueError("not a list")
e.__notes__ = "a string"
errors.append(e)
e = ValueError("tuple notes")
e.__notes__ = ("one", "two")
errors.append(e)


class E(Exception):
    @property
    def __notes__(self):
        raise KeyError("nope")


errors.append(E("notes property fails"))
raise ExceptionGroup("notes", errors)
