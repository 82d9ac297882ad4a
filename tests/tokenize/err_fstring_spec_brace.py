b = f"{x:}}" if 0 else 1
