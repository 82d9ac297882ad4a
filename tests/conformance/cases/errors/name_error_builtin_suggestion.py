values = [3, 1, 2]
ordered = sorted(values)
pritn(ordered)
