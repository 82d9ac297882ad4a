x = [1, 2, 3]
x = [x for x in x]
print(x)

data = {"a": [1, 2], "b": [3]}
flat = [item for key in sorted(data) for item in data[key]]
print(flat)

def f():
    y = [1, 2]
    return [y for y in y if y > 1]
print(f())

z = 5
print([z for _ in range(2)], [z for z in range(2)], z)
