print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), "abc" < "abd", "Z" < "a")
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), {1, 2} == {2, 1})
print(1 < 2.5 < 3, 1 == 1.0 == True, 0.1 + 0.2 == 0.3)
print(None == None, None is None, None != 0)
print([1, [2, 3]] == [1, [2, 3]], (1,) == [1], {} == [])
for a, b in [(1, "1"), ([], ()), (None, 0), ({1}, [1])]:
    try:
        a < b
    except TypeError as e:
        print(type(e).__name__, e)
nan = float("nan")
print(nan == nan, nan != nan, [nan] == [nan], nan in [nan])
print(sorted([3, 1.5, True, 0]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(max("apple", "banana", key=len), min([(2, "b"), (1, "z"), (1, "a")]))
