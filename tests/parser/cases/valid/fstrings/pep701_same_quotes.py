f"{f"{x}"}"
f'{'a'}'
f"{"\n".join(a)}"
f'{a['b']}'
