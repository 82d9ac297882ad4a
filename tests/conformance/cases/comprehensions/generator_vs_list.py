def noisy(n):
    print("yield", n)
    return n

lst = [noisy(i) for i in range(2)]
print("list built")
gen = (noisy(i) for i in range(2))
print("generator built")
print(list(gen))
print(list(gen))
print(sum(x * x for x in range(4)))
print(sorted((x for x in "cab"), reverse=True))
print(tuple(i for i in range(3)), set(i % 2 for i in range(4)) == {0, 1})
print(dict((k, k * 2) for k in "ab"))
print(next(x for x in range(10) if x > 6))
try:
    next(x for x in range(3) if x > 6)
except StopIteration:
    print("StopIteration from next()")
