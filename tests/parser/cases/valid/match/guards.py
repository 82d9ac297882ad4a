match x:
    case y if y > 0: pass
    case [a, b] if a == b: pass
    case _ if (z := f()): pass
