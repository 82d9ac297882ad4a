def compute_total(values):
    return sum(values)

DEFAULT_VALUE = 0
