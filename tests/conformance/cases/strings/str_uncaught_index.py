def initials(full_name):
    parts = full_name.split()
    return parts[0][0] + parts[1][0]

print(initials("Ada Lovelace"))
print(initials("Plato"))
