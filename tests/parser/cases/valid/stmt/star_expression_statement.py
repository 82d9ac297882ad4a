*a
x = *a, *b
x = *a
