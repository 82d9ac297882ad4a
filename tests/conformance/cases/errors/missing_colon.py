def ok():
    return 1

class Broken
    pass
