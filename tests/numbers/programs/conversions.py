def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
for s in ["42", " -17 ", "0x1F", "1_000_000", "١٢٣", "12.5", "", "abc", "1 2", "0b101", "+0", "-0", "  \t 7 \n"]:
    show(lambda: int(s))
for s, b in [("ff", 16), ("0xff", 16), ("0xff", 0), ("z", 36), ("777", 8), ("0o777", 0), ("101", 2), ("12", 2), ("10", 37), ("10", 1), ("010", 0), ("0_10", 0)]:
    show(lambda: int(s, b))
for s in ["3.14", "-0.0", "1e308", "1e309", "-1e-400", "inf", "-Infinity", "NaN", "1_0.5", "0x10", "", " 2.5 ", "1e", ".5", "5.", "1__0"]:
    show(lambda: float(s))
for s in ["1+2j", "-j", "(3-4j)", "1e3", "nanj", "1 + 2j", "2j+1", ""]:
    show(lambda: complex(s))
for v in [3.99, -3.99, 1e20, 2.5, float("inf"), float("nan"), True, None, [1], "12", b"34", bytearray(b"56")]:
    show(lambda: int(v))
for v in [3, 2**60 + 1, 2**1024, True, "1.5", b"2.5", None, 1j]:
    show(lambda: float(v))
for a in [(), (1,), (1, 2), (1.5, -2.5), (1j, 1j), ("1j",), (1, "2"), ([],), (None,)]:
    show(lambda: complex(*a))
for v in [0, 1, -1, 0.0, -0.0, 0j, 1j, "", "0", [], [0], None, float("nan")]:
    show(lambda: bool(v))
show(lambda: int("1" * 4301))
show(lambda: str(10 ** 4300))
show(lambda: len(str(10 ** 4299)))
show(lambda: int("1" * 4300) % 1000)
show(lambda: hex(10 ** 5000)[:12])
show(lambda: int("f" * 5000, 16) % 1000)
show(lambda: int(x=5))
show(lambda: int("5", base=10))
show(lambda: int(base=10))
show(lambda: int(5, 10))
show(lambda: float(x=5))
show(lambda: complex(real=1, imag=2))
show(lambda: complex(imag=2))
show(lambda: bool(x=1))
for v in [0, 1, -1, 2**31, 2**63, -2**63, 2**64, 10**20, 1.0, -1.0, 1.5, -1.5, 1e300, float("inf"), -float("inf"), 1 + 1j, 0.5j, True, False]:
    print(hash(v), end=" ")
print()
for v in [0.1, 1 / 3, 1e16, 1e-5, 123456789.123, 2.0**70, -0.0, 5e-324, 1.7976931348623157e308, 1e22, 1e23, 0.30000000000000004]:
    print(repr(v), str(v), v.hex(), round(v, 3), round(v, -2), int(v) if v == v and abs(v) != float("inf") else "")
