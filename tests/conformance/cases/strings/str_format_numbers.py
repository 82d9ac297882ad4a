vals = [0, 1, -1, 3.14159, -2.5, 1e10, 1.5e-7, 123456789, 0.1, 100.0, float("inf"), float("nan"), -0.0]
for v in vals:
    print(repr(v), str(v), f"{v:g}", f"{float(v):.3}", f"{v:10.2e}")
print(repr(1e16), repr(1e15), repr(123456789012345678.0), repr(0.1 + 0.2), repr(1 / 3))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(1234, -2))
print(f"{2**64:,}", f"{-1234.5:,.2f}", f"{0.000001:f}", f"{1e-7:.2g}")
print(str(10**20), str(2.0**70), str(1e22), str(1e21))
print(f"{12:#010b}", f"{255:#06x}", f"{3:^7d}|", f"{-3:=7d}|")
print(f"{1.0:.0f}", f"{2.5:.0f}", f"{3.5:.0f}", f"{1234.5678:.2f}")
