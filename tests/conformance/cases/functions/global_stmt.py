total = 0
names = []

def add(n):
    global total
    total += n

def record(name):
    names.append(name)  # mutation needs no global

def rebind():
    names = ["local"]
    return names

add(5); add(7)
record("a")
print(total, names, rebind(), names)

def create():
    global created_later
    created_later = "made inside a function"
create()
print(created_later)

def reader():
    return total * 2
print(reader())

def delete_global():
    global total
    del total
delete_global()
try:
    print(total)
except NameError as e:
    print(type(e).__name__, e)

def shadow():
    total = 1
    def inner():
        global total
        total = 99
    inner()
    return total
print(shadow(), total)
