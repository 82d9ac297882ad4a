total = 0
for i in range(10):
    if i % 2:
        continue
    total += i
else:
    print("done")
n = 5
while n > 0:
    n -= 1
    if n == 2:
        break
else:
    total = -1
for a, (b, *c) in [(1, (2, 3, 4))]:
    pass
while True:
    total += 1
    if total > 100:
        break
