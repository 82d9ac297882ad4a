f = lambda x: (y := x) if x else None
