def compute_average(numbers):
    total = sum(numbers)
    count = len(numbers)
    return totl / count

print(compute_average([1, 2, 3]))
