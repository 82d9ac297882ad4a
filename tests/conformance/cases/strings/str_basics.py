s = "Python"
print(len(s), s[0], s[-1], s[1:4], s[::-1], s[::2], s[10:], s[-100:2])
print(s + "3", s * 2, "y" in s, s < "Pz", s == "Python", s is not None)
print(list("abc"), tuple("ab"), sorted("cba"), "".join(reversed("abc")))
print(str(42), str(3.5), str(None), str([1, "a"]), str(b"x"), str(b"caf\xc3\xa9", "utf-8"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("\x07\x7f\u200b"))
print(ord("A"), chr(97), ord("€"), chr(0x1F600) == "😀", len("😀"))
print("é" == "e\u0301", len("e\u0301"))
try:
    s[0] = "J"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
print("abc" "def", 'single' == "single", """triple""", '''also''')
print(str.maketrans("ab", "xy") == {97: 120, 98: 121}, "abcab".translate(str.maketrans("ab", "xy", "c")))
