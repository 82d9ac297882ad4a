a.b
a.b.c.d
a.b(c)[d].e
f().g
(a).b
'abc'.join
(1).real
