matrix = [[1, 2], [3, 4]]
print(matrix[1][0])
row = 1
col = 5
print(matrix[row][col] + matrix[0][0])
