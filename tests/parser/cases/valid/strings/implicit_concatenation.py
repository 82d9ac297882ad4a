'a' 'b'
'a' "b" '''c'''
b'a' b'b'
x = ('a'
     'b'
     'c')
'a' r'\n'
