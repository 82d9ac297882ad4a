class NoExit:
    def __enter__(self):
        return self

class NoEnter:
    def __exit__(self, *a):
        pass

for cls in (NoExit, NoEnter, int):
    try:
        with cls():
            pass
    except TypeError as e:
        print(type(e).__name__, e)

class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit is not called")
try:
    with EnterFails():
        print("body not run")
except RuntimeError as e:
    print(type(e).__name__, e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise ValueError("from __exit__")
try:
    with ExitRaises():
        raise KeyError("original")
except ValueError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "non-empty string is true"
with Truthy():
    raise OSError("swallowed")
print("end")
