x = 1  # type:int
y = 2  # types: int
z = 3  # Type: int
w = 4  #  type: int
