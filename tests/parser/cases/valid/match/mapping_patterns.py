match x:
    case {"a": y, **rest}: pass
    case {1: _, Color.RED: y}: pass
    case {}: pass
    case {'k': [a, *_], 'v': {'n': n}}: pass
    case {None: a, True: b, -1: c, 1+2j: d}: pass
