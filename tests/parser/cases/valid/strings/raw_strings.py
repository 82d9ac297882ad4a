r'\n'
r'\''
r"\""
r'\x'
rb'\xff\n'
r'\N{x}'
r'a\
b'
