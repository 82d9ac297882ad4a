x = (
# c