x = 1
if x is 1:
    print("SyntaxWarning is printed on stderr, the program still runs")
print("\d is an invalid escape sequence")
