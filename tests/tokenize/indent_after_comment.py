if a:
# comment at column 0
    b = 1
