f'{"\n".join(x)}'
f'{"\t"}'
