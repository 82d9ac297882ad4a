if a:
    if b:
        if c:
            pass
        else:
            pass
    elif d:
        pass
