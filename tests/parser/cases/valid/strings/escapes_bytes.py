b'\n\t\\\'\"\a\b\f\v\r\0'
b'\x00\xff\x7F'
b'\101\377\0'
b'\u00e9'
b'\N{DASH}'
b'a\
b'
