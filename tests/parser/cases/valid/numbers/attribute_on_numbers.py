1 .real
1.0.real
1..real
0x1.real
1j.imag
1e1.real
