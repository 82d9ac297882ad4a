print(x
      y)
