def f():
    if x:
        for y in z:
            return 1 +
