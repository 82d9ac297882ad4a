while a:
    pass
else:
    pass
while (x := f()) is not None: pass
