if x:
    a
    
	
    b
