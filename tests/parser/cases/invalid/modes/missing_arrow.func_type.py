(int, str)
