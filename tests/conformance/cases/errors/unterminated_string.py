print("fine")
message = "this string never ends
print(message)
