print("a,b,,c".split(","))
print("a,b,,c".split(",", 1))
print("a,b,,c".rsplit(",", 1))
print("  lots   of   space  ".split())
print("  lots   of   space  ".split(None, 1))
print("  lots   of   space  ".rsplit(None, 1))
print("".split(), "".split(","), "abc".split("abc"))
print("line1\nline2\r\nline3\rline4\n".splitlines())
print("line1\nline2\n".splitlines(keepends=True))
print("a\x0bb\x1cc\u2028d".splitlines())
print("-".join(["x", "y", "z"]), "".join([]), ", ".join("abc"), "-".join(str(i) for i in range(3)))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("  pad  ".strip(), "|" + "  pad  ".lstrip() + "|", "|" + "  pad  ".rstrip() + "|")
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "www.example.com".lstrip("w."))
print("7".zfill(3), "-7".zfill(4), "+7".zfill(4), "abc".zfill(2))
print("ab".center(7, "*"), "ab".ljust(5, "."), "ab".rjust(5), "ab".center(1))
print("a\tbc\td".expandtabs(), "a\tbc\td".expandtabs(4))
