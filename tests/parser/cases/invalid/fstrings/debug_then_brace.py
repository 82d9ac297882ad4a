x = ", ".join(f"{kw={val}" for kw, val in items)
