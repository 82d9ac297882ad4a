match x:
    case Color.RED: pass
    case a.b.c: pass
