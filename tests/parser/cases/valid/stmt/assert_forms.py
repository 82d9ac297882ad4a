assert x
assert x, 'msg'
assert (x, y)
assert not x, f'{x}'
