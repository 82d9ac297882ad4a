z = 1
x = f"""abc{
a
