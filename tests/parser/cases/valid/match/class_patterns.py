match x:
    case Point(x=0, y=0): pass
    case Point(1, 2, z=3): pass
    case Point(): pass
    case a.b.C(d, e=f): pass
    case int(): pass
    case P(a,): pass
    case P(a=b,): pass
