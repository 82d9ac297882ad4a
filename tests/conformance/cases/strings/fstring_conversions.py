class C:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
    def __format__(self, spec):
        return f"format-form[{spec}]"

c = C()
print(f"{c}")
print(f"{c!s}")
print(f"{c!r}")
print(f"{c!a}")
print(f"{c:spec}")
print(f"{c!r:>12}")
print(f"{'é'!a} {'é'!r} {'é'}")
print(f"{'quote\"s'!r}")
x = 3
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{x=:5}|")
print(f"{x=!s}")
print(f"{c=}")
print(f"{c=!s}")
print(f"{'abc'=}")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|")
print(f"{'nested':{'>' if x else '<'}{width}}|")
