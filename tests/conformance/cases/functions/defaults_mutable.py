def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(safe_append(1))
print(safe_append(2))

def memo(n, cache={}):
    if n in cache:
        return cache[n], "cached"
    cache[n] = n * n
    return cache[n], "computed"

print(memo(3), memo(3), memo(4))
print(sorted(memo.__defaults__[0].items()))
