n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)

n = 0
while n < 10:
    if n == 4:
        print("breaking at", n)
        break
    n += 1
else:
    print("not printed")

while False:
    pass
else:
    print("else runs even if body never runs")

i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)

def search(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            break
        i += 1
    else:
        return "not found"
    return f"found at {i}"
print(search("abc", "c"), search("abc", "z"))
