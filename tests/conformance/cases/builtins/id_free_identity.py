a = object()
b = object()
print(a is a, a is not b, id(a) == id(a), id(a) != id(b))
x = [1]
y = x
print(id(x) == id(y), type(id(x)).__name__)
small = 5
print(small is small, small == 5)
print(hash(a) == hash(a), type(hash(a)).__name__)
