x = "global"

def read_global():
    return x

def local_shadow():
    x = "local"
    return x

def class_scope_skip():
    y = "function"
    class Inner:
        y = "class"
        def get(self):
            return y
        via_class = y
    return Inner().get(), Inner.via_class

print(read_global(), local_shadow(), x)
print(class_scope_skip())

class Outer:
    a = 1
    b = [a * 2]
    try:
        c = [a * i for i in range(3)]
    except NameError as e:
        c = str(e)
print(Outer.b, Outer.c)

def comprehension_scope():
    n = 5
    return [n + i for i in range(2)]
print(comprehension_scope())

def use_builtin():
    return len("abc")
len = lambda s: "shadowed"
print(use_builtin())
del len
print(use_builtin())
print(len("four"))
