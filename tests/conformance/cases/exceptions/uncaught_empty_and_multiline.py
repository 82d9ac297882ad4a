class Silent(Exception):
    pass

def compute(values):
    return sum(
        v * 2
        for v in values
    ) / len(
        values
    )

print(compute([1, 2, 3]))
compute([])
