def f(n):
    i = 0
    while i < n:
        j = 0
        while j < i:
            if (i + j) % 3 == 0:
                break
            j += 1
        else:
            continue
        i += 1
    return i
