'a' f'{b}' 'c'
f'{a}' f'{b}'
f'a' 'b'
u'a' f'b'
f'{x}' "y" f"{z!r}"
