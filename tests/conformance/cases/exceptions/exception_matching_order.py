def classify(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError clause"
    except KeyError:
        return "unreachable KeyError clause"
    except (ArithmeticError, ValueError) as e:
        return f"tuple clause: {type(e).__name__}"
    except Exception:
        return "Exception clause"

for exc in (KeyError(), IndexError(), ZeroDivisionError(), UnicodeError(), RuntimeError()):
    print(type(exc).__name__, "->", classify(exc))

try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)

handlers = (TypeError,)
try:
    raise TypeError("dynamic")
except handlers as e:
    print("dynamic tuple:", e)
