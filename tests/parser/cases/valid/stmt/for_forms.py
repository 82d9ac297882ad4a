for x in y:
    pass
else:
    pass
for a, (b, c) in d: pass
for x, in y: pass
for x in *a, *b: pass
for x in a, b: pass
for x.y in z: pass
for x[0] in z: pass
for [a, b] in c: pass
