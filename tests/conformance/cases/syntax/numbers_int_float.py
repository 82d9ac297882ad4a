print(2 ** 100, -2 ** 63, 10 ** 30 // 7, 10 ** 30 % 7)
print(123456789 * 987654321, (1 << 64) - 1, -(1 << 64) // 3)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e300 * 1e10, -1e300 * 1e10, 5e-324, 5e-324 / 2)
print(int(3.99), int(-3.99), int("  42 "), int("-0x1f", 16), int("0b101", 0), int("1_000"))
print(float("1.5"), float("-inf"), float(" 1e3 "), float("nan") != float("nan"))
print(round(3.14159, 3), round(-2.5), round(7, -1), round(15, -1), round(25, -1))
print(divmod(7, -2), divmod(-7.5, 2), 7.0 // 2, -7.0 % 3)
print(abs(-5), abs(-5.5), pow(2, 10), pow(2.0, -1), pow(-8, 1/3) == (-8) ** (1/3))
print(int.bit_length(255), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((3.5).is_integer(), (4.0).is_integer(), (0.75).as_integer_ratio(), (10).bit_count())
print(1e16 + 1 == 1e16, 2 ** 53 + 1.0 == 2 ** 53, float(2 ** 53 + 1))
print(max(1, 2.5), min(-1, -1.0), type(min(-1, -1.0)).__name__)
for bad in ["int('1.5')", "int('')", "float('abc')", "int('z', 36 + 1)", "int(float('inf'))"]:
    try:
        eval(bad)
    except (ValueError, OverflowError) as e:
        print(bad, "->", type(e).__name__, e)
print(10 ** 400 > 10 ** 399, len(str(2 ** 1000)))
