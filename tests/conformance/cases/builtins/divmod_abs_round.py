print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1))
print(abs(-7), abs(7.25), abs(-0), abs(complex(-3, 4)), abs(-True))
print(round(2.5), round(3.5), round(-1.5), round(0.125, 2), round(0.375, 2), round(1e20), round(5, 2))
print(round(123.456, -1), round(123.456, -2), round(-123, -1), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(float("inf"), 2), round(1.23456789e-5, 7))
for bad in [lambda: divmod(1, 0), lambda: divmod("a", 1), lambda: abs("x"), lambda: round("1"), lambda: round(float("inf")), lambda: round(float("nan"))]:
    try:
        bad()
    except (ZeroDivisionError, TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
