'\n\t\\\'\"\a\b\f\v\r\0'
'\x41\x7f\xff'
'\101\1\12\377'
'\u00e9\u20ac\uFFFF'
'\U0001F600\U00010000'
'\N{LATIN SMALL LETTER E WITH ACUTE}\N{EM DASH}\N{space}'
'a\
b'
