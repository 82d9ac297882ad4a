a, *b = c
*a, b = c
[a, *b, c] = d
(*a,) = b
for a, *b in c:
    pass
