n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n /= 4; print(n)
n //= 2; print(n)
n = 17
n %= 5; print(n)
n **= 3; print(n)
n <<= 2; print(n)
n >>= 1; print(n)
n &= 0b1110; print(n)
n |= 1; print(n)
n ^= 0b1111; print(n)

calls = []
def key():
    calls.append("key")
    return "k"
d = {"k": 1}
d[key()] += 10
print(d, calls)

class O:
    def __init__(self):
        self.v = 1
def obj():
    calls.append("obj")
    return o
o = O()
obj().v *= 7
print(o.v, calls)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [[0]]
lst[0][0] += 1
print(lst)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, t)
for src in ["a, b += 1", "f() += 1", "[a] += [1]"]:
    try:
        compile(src, "<aug>", "exec")
    except SyntaxError as e:
        print(src, "->", e.msg)
try:
    undefined_counter += 1
except NameError as e:
    print(type(e).__name__, e)
