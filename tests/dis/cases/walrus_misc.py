if (n := len([1, 2])) > 1:
    print(n)
assert n, "msg"
assert n
del n
global_var = 1
def g():
    global global_var
    global_var += 1
    del global_var
x = [1, 2, 3]
x[0] = 5
x[1:2] = [7]
del x[0]
del x[0:1]
obj = type("O", (), {})()
obj.attr = 1
del obj.attr
print(*x, sep="", **{"end": "\n"})
