for x == y:
    pass
