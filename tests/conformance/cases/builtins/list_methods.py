l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.insert(0, 0)
l.insert(100, 99)
l.insert(-1, 98)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(3)
print(l, l.index(2), l.count(1), l.index(5, 2))
l.reverse()
print(l)
l.sort()
print(l, l.copy() == l, l.copy() is l)
l.clear()
print(l)
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(1, 1)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
m = [1, 2] * 2 + [3]
print(m, m == [1, 2, 1, 2, 3], m < [1, 3], len(m), 3 in m)
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
proper = [[0] * 2 for _ in range(2)]
proper[0][0] = 1
print(proper)
print([1, 2, 3][::-1], list(reversed([1, 2, 3])), [1, [2]] + [[3]])
