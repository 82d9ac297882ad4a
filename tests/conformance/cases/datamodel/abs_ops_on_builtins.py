print(abs(-3), abs(2.5), abs(-0.0), abs(3 + 4j), abs(True))
print(-True, +False, ~5, ~-1, -(-3))
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, divmod(-7, 2))
print(7.5 // 2, -7.5 % 2, 2 ** -1, 2 ** 0.5 == 2 ** (1 / 2), (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(10 / 4, 10 // 4, 1e308 * 10, -1e308 * 10)
print(3 * "ab", [1] * 0, (0,) * -1)
print(1 << 100, (1 << 100) >> 99, -1 >> 5, 6 & 3, 6 | 3, 6 ^ 3)
for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)", "0 ** -1", "1 << -1", "int(float('inf'))", "int(float('nan'))"]:
    try:
        eval(expr)
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(expr, "->", type(e).__name__, e)
print(pow(3, -1, 7), pow(2, 10, 1000))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
