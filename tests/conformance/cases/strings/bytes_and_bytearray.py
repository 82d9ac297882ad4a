b = b"hello"
print(b[0], b[-1], b[1:3], b * 2, b + b"!", len(b), b.upper(), b"l" in b, 108 in b)
ba = bytearray(b)
ba[0] = 72
ba.append(33)
ba.extend(b"??")
del ba[-1]
print(ba, bytes(ba), ba.decode(), len(ba))
print(b.find(b"l"), b.count(b"l"), b.replace(b"l", b"L"), b.split(b"e"), b.startswith(b"he"))
print(b"a,b".split(b","), b"-".join([b"x", b"y"]), b"  x ".strip(), bytes(2), bytearray(3))
print(list(b"AB"), bytes([1, 2, 3]).hex(":"), b"abc" < b"abd", b"" == bytes())
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    b + "str"
except TypeError as e:
    print(type(e).__name__, e)
print(repr(bytes(range(0x1e, 0x22))), repr(b"\x7f\x80"))
print(b"%d%%" % 50, b"abc".decode("ascii"), bytes.fromhex("de ad be ef"))
