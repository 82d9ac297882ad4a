class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass

def names(cls):
    return " ".join(k.__name__ for k in cls.__mro__)

for k in (A, B, C, D, E, F, O):
    print(k.__name__, ":", names(k))

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print(type(e).__name__, e)
