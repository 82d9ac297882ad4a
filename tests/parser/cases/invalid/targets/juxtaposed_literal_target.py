func, (cbytes,) "x" = 1
