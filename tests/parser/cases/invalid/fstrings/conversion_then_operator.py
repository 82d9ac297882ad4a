x = f"{name!r==}"
