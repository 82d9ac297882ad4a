records = [{"name": "b", "age": 3}, {"name": "a"}]
print(sorted(records[:1], key=lambda r: r["age"]))
print(sorted(records, key=lambda r: r["age"]))
