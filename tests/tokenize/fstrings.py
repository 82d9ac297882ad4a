x = f"a{b}c{d!r}e{f:>10}g{h=}i{{j}}k"
y = f'{a:{b}.{c}f}' F"{x!s:^{w}}" rf"\d{x}" fR'{y}\n'
z = f"""multi
{x}
line {{y}} {z:
}"""
w = f"{f'{f"{1}"}'}"
v = f"{x:{'a'}}" f"{ {'a': 1}['a'] }" f"{x!r:}" f"{x=!r:>5}"
u = f"{lambda x: x}" f"{x:=5}" f"{(y:=3)}"
t = f"\N{BULLET} {x} \{x}" f"{x}{{" f"}}{x}"
