x
1
f()
'doc'
(x)
