name = "x"
width = 10
a = f"{name}"
b = f"{name!r} {name!s:>{width}} {name!a}"
c = f"{3.14159:.2f} and {name=}"
d = f"{'nested ' + f'{name}'}"
e = f"{{literal}} {width:#x}"
print(f"")
