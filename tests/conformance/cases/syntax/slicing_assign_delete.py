s = list(range(10))
s[2:5] = ["a", "b"]
print(s)
s[:0] = [-1]
print(s)
s[len(s):] = [100, 101]
print(s)
s[::2] = "X" * len(s[::2])
print(s)
del s[::3]
print(s)
del s[1:3]
print(s)
s[:] = "new"
print(s)
s[1:2] = []
print(s)
t = list(range(6))
t[::-2] = [50, 30, 10]
print(t)
try:
    t[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
u = [1, 2, 3]
u[5:10] = [9]
print(u)
u[1:1] = u
print(u)
del u[:]
print(u)
ba = bytearray(b"abcdef")
ba[1:3] = b"XYZ"
del ba[::2]
print(ba)
