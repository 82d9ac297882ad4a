1j
1.5J
1e3j
.5j
0j
01j
1_0j
1e400j
