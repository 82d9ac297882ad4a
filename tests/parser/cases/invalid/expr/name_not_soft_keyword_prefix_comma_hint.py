f(types 1)
