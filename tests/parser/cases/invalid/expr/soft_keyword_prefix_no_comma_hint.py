f(t 1)
