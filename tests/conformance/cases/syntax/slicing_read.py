s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2], s[2:8:-1])
print(s[-100:100], s[5:2], s[100:], s[-1:-5:-1])
print("abcdef"[1:4], "abcdef"[::-1], (0, 1, 2, 3)[1::2], range(10)[2:8:3])
print(s[slice(1, 4)], s[slice(None, None, -4)], slice(1, 10, 2).indices(5))
sl = slice(2, None)
print(s[sl], sl.start, sl.stop, sl.step)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a":]
except TypeError as e:
    print(type(e).__name__, e)
b = bytearray(b"hello")
print(b[1:3], b[::-1])
print(s[True:3], s[None:2])
big = 10**20
print(s[-big:big:3])
