nonlocal counter
counter = 0
print(counter)
