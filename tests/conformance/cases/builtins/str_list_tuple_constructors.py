print(str(), str(1), str([1, "a"]), str("x"), str(b"ab", "ascii"), str(None))
print(list(), list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), list(x for x in "xy"))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple({1: 2}))
l = [1, 2]
print(list(l) is l, tuple(t := (1,)) is t)
print(list(map(list, ["ab", "c"])))
for bad in ["list(1)", "tuple(None)", "str(b'\\xff', 'utf-8')", "list('a', 'b')"]:
    try:
        eval(bad)
    except (TypeError, UnicodeDecodeError) as e:
        print(bad, "->", type(e).__name__, e)
