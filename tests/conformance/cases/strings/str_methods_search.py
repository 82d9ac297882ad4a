s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"))
print(s.index("quick"), s.rindex("o"), s.count("the"), s.count("o", 20), s.count(""))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("do", 0, -1))
print("abc".find(""), "abc".rfind(""), "".count(""))
try:
    s.index("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"), "abc".rpartition("x"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("a", "b", -1), "ab".replace("", "-"))
print("mississippi".removeprefix("miss"), "mississippi".removesuffix("ppi"), "x".removeprefix("y"))
print("ab" in "cabd", "ba" in "cabd")
