cases = [
    Exception(),
    Exception("one"),
    Exception("a", "b"),
    Exception(42),
    KeyError("k"),
    KeyError("k", "v"),
    KeyError(),
    ValueError(None),
    OSError(2, "No such file"),
    OSError(2, "No such file", "f.txt"),
    StopIteration(5),
    SystemExit(3),
]
for e in cases:
    print(f"{type(e).__name__:14} str={str(e)!r:30} repr={e!r} args={e.args}")

e = OSError(2, "msg", "name.txt")
print(e.errno, e.strerror, e.filename, type(e).__name__)
print(type(OSError(2, "x")).__name__)
s = StopIteration(1, 2)
print(s.value)
x = SystemExit(3, 4)
print(x.code)
e = Exception("before")
e.args = ("after", 1)
print(e, e.args)
print(BaseException.__new__(ValueError).args)
