rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 150, 2.125)]
header = f"{'name':<10}{'qty':>5}{'price':>8}"
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print(f"{name:<10}{qty:>5}{price:>8.2f}")
total = sum(q * p for _, q, p in rows)
print(f"{'total':<10}{'':>5}{total:>8.2f}")
print("%-10s%5s%8s" % ("name", "qty", "price"))
for r in rows:
    print("%-10s%5d%8.3f" % r)
print("{:-^23}".format(" end "))
