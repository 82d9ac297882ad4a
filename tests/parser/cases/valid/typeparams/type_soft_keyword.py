type X = int
type = 1
type.x = 2
print(type(X))
type[X] = 3
