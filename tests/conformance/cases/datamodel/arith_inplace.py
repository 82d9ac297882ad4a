class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __isub__(self, o):
        print("__isub__ returns a new object")
        return Acc(self.v - o)
    def __mul__(self, o):
        print("__mul__")
        return Acc(self.v * o)
    def __imatmul__(self, o):
        return "imatmul result"

a = Acc(1)
ref = a
a += 5
print(a, a is ref)
a -= 2
print(a, a is ref, ref)
a *= 3
print(a)
a @= 0
print(a)

lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
s = "ab"
s *= 2
print(s)

class NoInplace:
    def __init__(self):
        self.n = 0
x = NoInplace()
try:
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
n = 7
for op in ["//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    m = 7
    exec(f"m {op} 2")
    print(op, m)
