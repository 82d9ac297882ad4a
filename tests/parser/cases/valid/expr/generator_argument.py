f(x for x in y)
sum(x for x in y if x)
f((x for x in y), z)
