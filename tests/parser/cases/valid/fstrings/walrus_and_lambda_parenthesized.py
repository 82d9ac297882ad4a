f'{(x:=5)}'
f'{(lambda x: x)(1)}'
f'{x if y else z}'
