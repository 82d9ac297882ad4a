[x for x in y]
{x for x in y}
{k: v for k, v in y}
(x for x in y)
[x for x in y if x if not z]
[x * y for x in a for y in b if x != y]
[[x for x in y] for y in z]
{x: [y for y in x] for x in z}
[x for x, in y]
