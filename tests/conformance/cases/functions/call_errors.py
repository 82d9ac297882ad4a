def f(a, b, c=3):
    return a + b + c

cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1),
    lambda: f(1, b=2, c=3, e=5),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)

class K:
    def m(self, x):
        return x
    @staticmethod
    def s(x):
        return x
k = K()
for c in [lambda: k.m(), lambda: k.m(1, 2), lambda: K.m(), lambda: K.s(), lambda: k.m(y=1)]:
    try:
        c()
    except TypeError as e:
        print(e)

def kw(*, a, b, c):
    pass
try:
    kw(b=1)
except TypeError as e:
    print(e)
def pos(a, b, c, d):
    pass
try:
    pos(1)
except TypeError as e:
    print(e)
f(1, 2, 3, 4, 5)
