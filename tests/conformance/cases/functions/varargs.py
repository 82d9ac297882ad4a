def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)

print(total())
print(total(1, 2, 3))
print(total(*[4, 5], 6, *(7,)))

def head_tail(first, *rest):
    return first, rest

print(head_tail(1))
print(head_tail(1, 2, 3))
print(head_tail(*"abc"))
print(head_tail(*range(3), *range(2)))

try:
    head_tail()
except TypeError as e:
    print(type(e).__name__, e)

def gen():
    yield 1
    yield 2
print(total(*gen()))
try:
    total(*5)
except TypeError as e:
    print(type(e).__name__, e)
