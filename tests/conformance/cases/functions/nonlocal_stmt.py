def outer():
    x = 0
    def a():
        nonlocal x
        x += 1
    def b():
        nonlocal x
        x *= 10
    a(); b(); a()
    return x

print(outer())

def nested():
    v = "outer"
    def level1():
        v = "level1"
        def level2():
            nonlocal v
            v = "changed by level2"
        level2()
        return v
    r = level1()
    return v, r
print(nested())

def swap_demo():
    p, q = 1, 2
    def swap():
        nonlocal p, q
        p, q = q, p
    swap()
    return p, q
print(swap_demo())

def loop_var():
    i = None
    def setter():
        nonlocal i
        for i in range(3):
            pass
    setter()
    return i
print(loop_var())
