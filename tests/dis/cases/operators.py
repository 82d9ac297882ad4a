a, b = 3, 4
c = a + b - a * b / a // b % a ** b
d = a << 1 >> 1 & b | a ^ b
e = -a + +b + ~a
f = not a
a += 1; a -= 1; a *= 2; a /= 2; a //= 2; a %= 3; a **= 2; a <<= 1; a >>= 1; a &= 7; a |= 8; a ^= 1
import operator
m = operator.matmul
g = a < b <= c == d != e > f >= a
h = a is b, a is not b, a in [b], a not in (b,)
i = a and b or c
j = a if b else c
k = [1, 2][0:1], [1, 2, 3][::2]
l = {"x": 1, **{"y": 2}}
n = [*range(3), *[4]]
o = (*n,)
p = {*n}
