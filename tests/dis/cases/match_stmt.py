def m(cmd):
    match cmd:
        case []:
            return 0
        case [x]:
            return x
        case [1, 2, *rest]:
            return rest
        case {"a": 1, **kw}:
            return kw
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return yy
        case str() as s if len(s) > 2:
            return s
        case None | True | False:
            return -1
        case 1.5 | -2 | 3j | "s" | b"b":
            return 2
        case Color.RED:
            return 3
        case (a, b, *_):
            return a
        case _:
            return None
