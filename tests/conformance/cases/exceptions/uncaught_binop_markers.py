def ratio(a, b):
    return (a + 1) / (b - b)

x = 10
y = "text"
try:
    x + y
except TypeError as e:
    print(e)
print(ratio(x, 4))
