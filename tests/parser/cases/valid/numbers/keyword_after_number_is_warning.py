1if x else 2
0x1for x in y
