a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True)
x = 1000
y = int("1000")
print(x == y)
print(type(a) is list, isinstance(a, list))
s1 = "hello"
s2 = "".join(["hel", "lo"])
print(s1 == s2)
f1 = 0.1 + 0.2
print(f1 == 0.3, abs(f1 - 0.3) < 1e-9)
print([] == [], [] is [], {} == {}, {1: 2} == {1: 2.0})
print(float("nan") is float("nan"), float("nan") == float("nan"))
n = float("nan")
print(n is n, [n] == [n], (n,) == (n,))
