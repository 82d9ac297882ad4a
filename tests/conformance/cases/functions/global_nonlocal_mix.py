g = "module"

def outer():
    g = "outer local"
    def mid():
        global g
        g = "set by mid"
        def inner():
            return g
        return inner()
    r = mid()
    return r, g

print(outer(), g)

def counter_factory():
    global created
    created = created + 1 if "created" in globals() else 1
    n = 0
    def tick():
        nonlocal n
        n += 1
        return n
    return tick
t = counter_factory()
counter_factory()
print(t(), t(), created)
