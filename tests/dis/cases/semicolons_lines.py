x = 1; y = 2
if x: z = 3
def f(): return \
    x + \
    y
(a,
 b) = (1,
       2)
