def f():
    try:
        raise KeyboardInterrupt
    except Exception:
        return "caught by Exception (wrong)"
    except BaseException as e:
        return f"caught by BaseException: {type(e).__name__}"

print(f())
try:
    try:
        raise SystemExit(2)
    except Exception:
        print("not here")
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise GeneratorExit
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
raise KeyboardInterrupt
