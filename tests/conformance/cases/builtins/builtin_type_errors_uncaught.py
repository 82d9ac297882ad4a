values = ["3", "4"]
print(sum(int(v) for v in values))
print(sum(values))
