print("this line never runs: the whole file fails to compile")
x = 1
if x:
    return x
