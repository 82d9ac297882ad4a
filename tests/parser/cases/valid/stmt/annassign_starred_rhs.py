x: tuple = *a, b
