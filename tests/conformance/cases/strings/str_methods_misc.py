print("abc".encode(), "a b".title(), "they're bill's".title())
print("%s" % "x".join("123"))
print("tic-tac-toe".split("-", maxsplit=1), "a  b".split(" "))
print("Hello".ljust(8, "~") + "|", "Hello".rjust(8, "~") + "|")
print("{:>10}".format("right") + "|")
print("ab" * 3, "-" * 10)
print("abcdef"[::-2], "abcdef"[-2::-2], "abcdef"[5:1:-1])
text = "The rain in Spain"
print(text.lower().count("ain"), text.find("ain"), text.rfind("ain"))
print(" ".join(w[::-1] for w in text.split()))
print(str.upper("x"), str.join(",", ["a", "b"]))
print("x".__len__(), "ab".__add__("c"), "ab".__mul__(2))
print(" a b c ".strip().split(" "), "a,b;c".replace(";", ",").split(","))
try:
    "abc".center()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
