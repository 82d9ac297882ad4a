print("loading", __name__)

def area(side):
    return side * side
