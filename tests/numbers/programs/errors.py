import operator
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
tests = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 / 0, lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0, lambda: divmod(1.0, 0.0), lambda: 1j / 0, lambda: 0 ** -1, lambda: 0.0 ** -1.5,
    lambda: 0j ** -1, lambda: pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: pow(2.0, 3, 5),
    lambda: pow(2j, 2, 3), lambda: 10.0 ** 400, lambda: (-10.0) ** 401, lambda: 2 ** 1100 * 1.0, lambda: float(2 ** 1100),
    lambda: 2 ** 1100 / 3, lambda: 1 << -1, lambda: 1 >> -1, lambda: 1 + "a", lambda: "a" * 1.5, lambda: 1.5 & 1,
    lambda: ~1.5, lambda: -"a", lambda: 1j < 2j, lambda: 1 < "a", lambda: 1.5 >= None, lambda: 1j // 1,
    lambda: 1j % 1, lambda: divmod(1j, 1), lambda: int(float("inf")), lambda: int(float("nan")), lambda: round(float("inf")),
    lambda: round(float("nan")), lambda: round(1.5, 1.5), lambda: (1.5).as_integer_ratio() and float("inf").as_integer_ratio(),
    lambda: float("nan").as_integer_ratio(), lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(2, "big"),
    lambda: (1).to_bytes(1, "middle"), lambda: float.fromhex("0x1p5000"), lambda: float.fromhex("zz"),
    lambda: format(1.5, "d"), lambda: format(1, ".2"), lambda: format(1, "z"), lambda: format(1j, "010"),
    lambda: format(1j, "="), lambda: format(1, ",_"), lambda: format(1, "+c"), lambda: format(-1, "c"),
    lambda: format(1, "xx"), lambda: format(1.5, "%%"), lambda: abs(complex(1e308, 1e308)),
    lambda: complex(1e308, 1e308) * 1e308, lambda: (1e200j) ** 2,
    lambda: int("9" * 5000), lambda: operator.index(1.5), lambda: range(1.5),
    lambda: (1).__add__(1.5), lambda: (1.5).__radd__("x"),
]
for t in tests:
    show(t)
