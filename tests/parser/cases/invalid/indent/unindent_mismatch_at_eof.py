if x:
   y
  z