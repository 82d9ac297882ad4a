def stub():
    pass

def stub2():
    ...

class Empty:
    pass

print(stub(), stub2(), Empty.__name__)
print(..., Ellipsis is ..., type(...).__name__)
if True: print("one-line if")
for i in range(2): print("one-line for", i)
x = 1; y = 2; print(x + y)
while False: pass
print(None is None, type(None).__name__)
print(0x1F, 0o17, 0b101, 1_000_000, 1e3, 1.5j, 0.5e-2, 1_0.0_1)
print(True + True, True * 3, False - 1)
print(type(1 + 2.0).__name__, type(1 + 2j).__name__, type(True + 1).__name__)
