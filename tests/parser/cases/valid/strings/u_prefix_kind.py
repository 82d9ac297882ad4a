u'a'
u'a' 'b'
'a' u'b'
x = u"""
text"""
