for n in [0, 1, 7, 255, -255, 2 ** 40]:
    print(n, bin(n), oct(n), hex(n), format(n, "b"), format(n, "#o"), format(n, "08x"))
print(int(bin(77), 2), int(hex(77), 16), int(oct(77), 8))
try:
    bin(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hex("a")
except TypeError as e:
    print(type(e).__name__, e)
