def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")

for n in (7, 12, 13, 15):
    find_prime_factor(n)

for x in []:
    print("never")
else:
    print("else on empty loop")

for i in range(3):
    continue
else:
    print("continue does not skip else; i =", i)

for i, c in enumerate("abc"):
    pass
print(i, c)
for outer in range(3):
    for inner in range(3):
        if inner == outer == 1:
            break
    else:
        print("inner completed for outer", outer)
        continue
    print("inner broke for outer", outer)
