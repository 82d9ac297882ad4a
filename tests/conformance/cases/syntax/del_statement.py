x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)

lst = [0, 1, 2, 3, 4]
del lst[0]
del lst[-1], lst[0]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)

class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del (a, b)
print("a" in dir(), "b" in dir())
p = [1, [2, 3]]
del p[1][0]
print(p)

def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    del undefined_name_here
except NameError as e:
    print(type(e).__name__, e)
for src in ["del f()", "del 1", "del (a + b)"]:
    try:
        compile(src, "<del>", "exec")
    except SyntaxError as e:
        print(src, "->", e.msg)
