match = 1
case = 2
type = 3
_ = 4
match.x = case.y
match(x)
match[x]
print(match, case, type, _)
type(x)
type.x = 1
match, case = 1, 2
