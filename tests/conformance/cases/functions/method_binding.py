class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self, other):
        return f"{self.name} greets {other}"

g = Greeter("A")
m = g.hello
print(m("B"))
print(m.__self__ is g, m.__func__ is Greeter.hello)
print(Greeter.hello(g, "C"))
print(type(m).__name__, type(Greeter.hello).__name__)
m2 = g.hello
print(m == m2, m is m2)

def free(self):
    return "free " + self.name
Greeter.free = free
print(g.free())
g.inst = lambda: "instance attr, not bound"
print(g.inst())
bound = free.__get__(g)
print(bound())
print(Greeter.hello.__get__(None, Greeter) is Greeter.hello)
try:
    Greeter.hello("no self")
except TypeError as e:
    print(e)
