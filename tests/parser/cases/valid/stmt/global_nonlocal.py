def f():
    global a, b
    def g():
        nonlocal c, d
        nonlocal e
    global f
