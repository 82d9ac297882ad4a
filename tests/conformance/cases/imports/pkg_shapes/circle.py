print("loading", __name__, "package", __package__)
PI = 3

def area(r):
    return PI * r * r
