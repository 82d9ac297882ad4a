a not in b
a is not b
not a in b
not a is b
