a += 1; b -= 2; c *= 3; d /= 4; e //= 5; f %= 6; g **= 7; h >>= 8; i <<= 9
j &= 1; k |= 2; l ^= 3; m @= n; o := 5
x = a->b != c <= d >= e == f < g > h ~ i ... j . k
@decorator
def f() -> int: ...
print(*a, **b)
