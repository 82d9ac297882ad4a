def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
print(greet.__defaults__)

# defaults are evaluated once, at definition time
counter = 10
def snapshot(x=counter):
    return x
counter = 20
print(snapshot())

def f(a, b=1, *, c, d=4):
    return (a, b, c, d)
print(f.__defaults__, sorted(f.__kwdefaults__.items()))
print(f(0, c=3))
f.__defaults__ = (100,)
print(f(0, c=3))
