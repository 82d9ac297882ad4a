def ok(a=1 + 1, b=[i for i in range(3)]):
    return a, b
print(ok())

print("before")
def broken(x=undefined_default):
    return x
print("not reached")
