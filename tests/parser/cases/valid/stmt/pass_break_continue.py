for x in y:
    pass
    break
    continue
while 1: break
