if 1:
	if 2:
	    pass
	else:
	    pass
