# Empty, multi-line and failing str() messages.
class BadStr(Exception):
    def __str__(self):
        raise ValueError


class Empty(Exception):
    def __str__(self):
        return ""


errors = [BadStr("payload"), Empty("hidden"), ValueError("line one\nline two\n  three"), KeyError("k"), KeyError(),
          OSError(2, "No such file", "f.txt"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")]
raise ExceptionGroup("messages", errors)
