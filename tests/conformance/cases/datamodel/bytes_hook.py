class Packet:
    def __init__(self, payload):
        self.payload = payload
    def __bytes__(self):
        return b"PKT:" + self.payload.encode()

print(bytes(Packet("hi")))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(3)))

class Bad:
    def __bytes__(self):
        return "str"
try:
    bytes(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes("no encoding")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
print(b"abc"[0], b"abc"[1:], list(b"hi"), b"x" * 3, b"a" + b"b")
print(b"hello world".split(), b"AbC".lower(), b"abc".hex(), bytes.fromhex("4142"))
print(repr(b"\x00\n'\""), bytearray(b"ab") + b"c")
