def tries(x):
    try:
        a = 1
    except ValueError as e:
        b = e
    except (TypeError, KeyError):
        pass
    except:
        raise
    else:
        c = 3
    finally:
        d = 4
    try:
        pass
    finally:
        return x
def trystar(x):
    try:
        f()
    except* ValueError as eg:
        g(eg)
    except* TypeError:
        pass
def withs(a, b):
    with a as x, b:
        return x
    with a:
        for i in b:
            if i:
                break
            continue
def loops(a):
    for x in a:
        try:
            if x:
                break
        finally:
            print(x)
    while True:
        with a:
            return 1
def raises():
    raise
    raise ValueError
    raise ValueError from None
def matches(p):
    match p:
        case 0 | 1:
            return "small"
        case [a, b, *c]:
            return a
        case {"k": v, **rest}:
            return v
        case Point(x=0, y=y) if y:
            return y
        case str() | bytes() as s:
            return s
        case -1 | 1.5 | 2j | "s" | b"b":
            return 1
        case None | True:
            return None
        case _:
            return 0
