def safe_inv(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return None

print([safe_inv(x) for x in [1, 0, 4]])
try:
    print([1 / x for x in [1, 0]])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print({k: 10 // v for k, v in [("a", 2), ("b", 0)]})
except ZeroDivisionError as e:
    print(type(e).__name__, e)

data = ["1", "2", "three", "4"]
def parse_all(items):
    return [int(s) for s in items]
def total(items):
    return sum(parse_all(items))
print(total(data[:2]))
total(data)
