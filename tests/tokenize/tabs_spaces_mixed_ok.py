if x:
        a = 1
        if b:
        	c = 2
