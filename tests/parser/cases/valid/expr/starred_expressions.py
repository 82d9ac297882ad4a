print(*a)
x = *a, *b
[*a, b]
{*a}
f(*a or b)
x = *a,
