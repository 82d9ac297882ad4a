lambda (x): 0
