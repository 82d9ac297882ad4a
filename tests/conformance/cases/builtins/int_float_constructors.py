print(int(), int(7.9), int(-7.9), int("12"), int(" -3 "), int("+5"), int("ff", 16), int("0xff", 0), int(True))
print(int("1_000"), int("١٢"), int(b"42"), int(bytearray(b"7")))
print(float(), float(3), float("3.5"), float("  -1e-3 "), float("inf"), float("-Infinity"), float("nan"))
print(float("1_0.5"), float(b"2.5"), float(True))
print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None))
print(complex(1, 2), complex("3+4j"), complex(), complex("1j"))
for bad in ["int('1.0')", "int('0x10')", "int('1 000')", "int('12', 1)", "float('1e')", "float('')", "int(None)", "float([])", "complex('1+')", "int('_1')"]:
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(bad, "->", type(e).__name__, e)
