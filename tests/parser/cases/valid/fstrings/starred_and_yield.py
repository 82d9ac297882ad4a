def g():
    f'{*a,}'
    f'{(yield)}'
    f'{yield}'
