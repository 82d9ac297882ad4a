match x:
    case 1 | 2 | 3: pass
    case [x] as y: pass
    case (1 | 2) as z: pass
    case [1, 2] | {'a': 1} | P(): pass
    case (a | b) | c: pass
