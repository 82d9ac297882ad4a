def key(item):
    return sorted([item, item], key=key)

try:
    sorted([1, 2], key=key)
except RecursionError as e:
    print(type(e).__name__, e)

def rec_map(x):
    return list(map(rec_map, [x]))
try:
    rec_map(1)
except RecursionError as e:
    print(type(e).__name__, e)

class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print(type(e).__name__, e)
nested = []
for _ in range(100000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print(type(e).__name__, e)
print("done")
