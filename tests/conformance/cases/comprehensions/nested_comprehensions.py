matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print({i: [j for j in range(i)] for i in range(4)})
print([[(i, j) for j in range(i)] for i in range(3)])
print(sum(sum(x for x in row) for row in matrix))
print([y for x in range(4) for y in range(x) if y % 2 == 0 if x > 1])
identity = [[1 if r == c else 0 for c in range(3)] for r in range(3)]
for row in identity:
    print(row)
print([[c * n for c in "ab"] for n in (1, 2)])
