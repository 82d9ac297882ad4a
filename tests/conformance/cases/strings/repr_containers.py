print(repr([1, "two", 3.0, None, True, (4,), {5: "five"}, [], {}, ()]))
print(repr(("single",)), repr(()), repr(set()), repr(frozenset()), repr({1}))
print(repr({"k": [1, {"n": (2, 3)}]}))
a = [1, 2]
a.append(a)
print(repr(a), str(a))
d = {"self": None}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
print(repr("a'b"), repr(['a"b', "c'd"]), str(["x"]))
print(repr(1.0), repr(1e-10), repr(2**100), repr(-0.0), repr(complex(1, -1)), repr(1j), repr(complex(-0.0, 0)))
print(repr(range(0, 10, 2)), repr(range(3)), repr(slice(1, None)), repr(Ellipsis), repr(NotImplemented))
print(repr(bytearray(b"x")), repr(type(None)))
print(repr(print), repr(len), repr(int.from_bytes)[:35])
