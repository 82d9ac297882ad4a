a, b = 1, 2
(a, b) = [c, d] = e
[a] = b
a, = b
