s = 'a' "b" '''c
d''' """e

f"""
t = b'x' rb'y' Rb"z" br'w' BR"v" u'u' U"U" r'\d' R"\w"
u = 'esc \' quote' "tab\tnew\n" '\\'
v = 'cont\
inued'
