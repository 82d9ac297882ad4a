print(0b1010, 0o777, 0xDEAD_BEEF, 1_2_3, 0_0)
print(bin(10), oct(511), hex(255), hex(-255), bin(-3))
print(int("777", 8), int("z", 36), int("Z", 36), int("1010", 2), int("0o17", 0), int("0X1f", 0))
print(1e3, 1E-3, 1_000.5, .5, 5., 0e0, 1j * 1j, (1 + 2j).conjugate(), (3 + 4j).real, abs(3 + 4j))
print(type(0xff).__name__, type(1e0).__name__, type(1j).__name__)
for bad in ["0b2", "09", "1__0", "0x", "1_"]:
    try:
        compile(bad, "<lit>", "eval")
        print(bad, "ok")
    except SyntaxError as e:
        print(bad, "->", e.msg)
print(int("٣"), float("١.٥"))
