a or b and not c
not a and b or c
a and (b or c)
not not a
