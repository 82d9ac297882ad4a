def v(x):
    print("eval", x)
    return x

print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 == 1.0 < 2)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 != 6)
print(1 < 2 > 0, x is not None is not False)
print("a" < "b" <= "b" < "c", [1] == [1] != [2])
print(1 in [1, 2] in [[1, 2]], 2 not in [1] < [2])
s = {1}
print(1 in s == True)
print(not 1 < 0, not (1 < 0 < 2))
