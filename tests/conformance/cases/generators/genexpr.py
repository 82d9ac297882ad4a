squares = (x * x for x in range(5))
print(type(squares).__name__, next(squares), list(squares), list(squares))
print(sum(x for x in range(101)))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(list((i, j) for i in range(3) for j in range(i)))
print(list(x for x in range(10) if x % 3 == 0 if x))
print("".join(c.upper() for c in "abc"))

# the first iterable is evaluated immediately, the rest lazily
def src(name, n):
    print("evaluating", name)
    return range(n)
g = (i + j for i in src("outer", 2) for j in src("inner", 2))
print("genexpr created")
print(list(g))

try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(g, "finished"))
