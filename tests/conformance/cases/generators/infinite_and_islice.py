import itertools

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

print(list(itertools.islice(naturals(), 5)))
print(list(itertools.takewhile(lambda x: x < 4, naturals())))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(4)])

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(itertools.islice(primes(), 10)))

def take(n, it):
    it = iter(it)
    return [x for _, x in zip(range(n), it)]
print(take(3, naturals(10)))
print(list(zip("abc", naturals())))
print(dict(zip(naturals(1), "xyz")))
