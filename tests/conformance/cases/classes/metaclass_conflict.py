class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass

try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class M3(M1, M2): pass
class D(A, B, metaclass=M3): pass
print(type(D).__name__)

class M1Sub(M1): pass
class E(A, metaclass=M1Sub): pass
class F(E, A): pass
print(type(F).__name__)

# a function may serve as a "metaclass"
def factory(name, bases, ns):
    ns["made_by_function"] = True
    return type(name, bases, ns)
class G(metaclass=factory):
    pass
print(G.made_by_function, type(G).__name__)
