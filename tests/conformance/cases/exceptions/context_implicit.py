try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

def cleanup():
    try:
        raise OSError("while handling")
    except OSError as inner:
        return inner

try:
    raise KeyError("outer")
except KeyError:
    got = cleanup()
    print("context set inside handler:", repr(got.__context__))

try:
    try:
        raise ValueError("a")
    finally:
        raise IndexError("from finally")
except IndexError as e:
    print("finally context:", repr(e.__context__))

e1 = ValueError("self")
try:
    try:
        raise e1
    except ValueError:
        raise e1
except ValueError as e:
    print("no self-cycle:", e.__context__)
