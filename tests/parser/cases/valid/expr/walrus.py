(x := 1)
if (n := len(a)) > 10: pass
[y := f(x), y ** 2]
f(x := 1)
while chunk := read(): pass
x[y := 1]
{(a := 1): (b := 2)}
print(f'{(x:=5)}')
z = (a := 1, b := 2)
[x for x in y if (z := x)]
