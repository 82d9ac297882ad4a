def f(x):
    try:
        y = 1 / x
    except ZeroDivisionError as e:
        print("zero", e)
        y = 0
    except (TypeError, ValueError):
        raise
    else:
        y += 1
    finally:
        print("finally")
    return y

def g():
    try:
        return 1
    finally:
        return 2

def h():
    for i in range(3):
        try:
            continue
        finally:
            pass
    try:
        pass
    except:
        pass
    raise RuntimeError("x") from None
