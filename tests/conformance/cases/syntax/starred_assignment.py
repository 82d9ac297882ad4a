a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
*a, = (1, 2)
print(a)
first, *_, last = range(10)
print(first, last)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
print([*"ab", *[1, 2]], (*range(2),), {*"aa", *"b"} == {"a", "b"}, {**{"a": 1}, "b": 2})
print(*[1, 2], *(3,), sep="-")
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
for src in ["*a, *b = [1, 2]", "*a = [1]", "a, *b, c, *d = range(5)", "print(*)"]:
    try:
        compile(src, "<star>", "exec")
    except SyntaxError as e:
        print(src, "->", e.msg)
