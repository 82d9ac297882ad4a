cache = {}
key = ["list", "as", "key"]
print(len(cache))
cache[key] = 1
