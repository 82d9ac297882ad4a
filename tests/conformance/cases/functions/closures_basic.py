def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1))
print(add5.__code__.co_freevars, add5.__closure__[0].cell_contents)

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())

# late binding in loops
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())

def shared():
    val = []
    def push(v):
        val.append(v)
    def get():
        return list(val)
    return push, get
push, get = shared()
push(1); push(2)
print(get())
