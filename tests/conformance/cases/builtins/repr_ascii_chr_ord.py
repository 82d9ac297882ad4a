print(repr("héllo\n"), ascii("héllo\n"), repr(b"\xff"), ascii(b"\xff"))
print(ascii(["ü", {"ö": "€"}]), repr(["ü"]))
print(chr(65), chr(0x263A), chr(0), repr(chr(0)), ord("\n"), ord("😀"), ord(b"a"), ord(bytearray(b"z")))
print([chr(c) for c in range(97, 102)], "".join(chr(ord(c) + 1) for c in "HAL"))
print(repr(1.0), repr(10**20), repr(-0.5), repr(True), repr(None), repr([None, True]))
print(repr("\\"), repr("'"), repr('"'), repr("'\""), repr("\x00\x1f\x7f\x80\xa0\xad"))
print(repr("\u0300"), repr("\U0001F600"), repr("\ud800"), ascii("\U0001F600"))
for bad in [lambda: chr(-1), lambda: chr("a"), lambda: ord(""), lambda: ord(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
