x = f"{x!async r}"
