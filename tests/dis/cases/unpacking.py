a, b = 1, 2
a, b = b, a
a, b, c = b, c, a = 1, 2, 3
first, *rest = range(5)
*init, last = range(5)
(x, y), z = (1, 2), 3
for k, v in {"a": 1}.items():
    pass
[p, q] = "pq"
