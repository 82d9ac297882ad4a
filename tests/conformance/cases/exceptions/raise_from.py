class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad value {text!r}") from e

try:
    load("abc")
except ConfigError as e:
    print(e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("hidden context") from None
except KeyError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    raise RuntimeError("x") from ValueError
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)

try:
    raise RuntimeError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
