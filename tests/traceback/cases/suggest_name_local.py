def average(values):
    total = sum(values)
    return totl / len(values)


average([1, 2])
