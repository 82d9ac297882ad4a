readings = ["12", "15", "oops", "9"]
clean = [v for r in readings[:2] if (v := int(r)) > 0]
print(clean, v)
bad = [v for r in readings if (v := int(r)) > 0]
