# type: ignore
x = 1
