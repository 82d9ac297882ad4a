a = 1
    
	
  # indented comment

b = 2
