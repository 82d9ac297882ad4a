s = "héllo wörld €"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8") == s)
print(s.encode("latin-1", errors="replace"))
print(s.encode("ascii", errors="ignore"), s.encode("ascii", errors="xmlcharrefreplace"))
print(s.encode("ascii", errors="backslashreplace"))
print(b"\xff\xfeabc".decode("utf-8", errors="replace"))
print(b"\xff".decode("latin-1"), "abc".encode("utf-16-le"), "Ä".encode("utf-16"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xc3\x28".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(bytes("abc", "ascii") == b"abc", str(b"abc", "ascii"))
print("😀".encode("utf-8"), "😀".encode("utf-16-be"))
