class A:
    pass

try:
    class B(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class C(1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class D(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class E(object, metaclass=type):
    pass
print(E.__mro__ == (E, object))
try:
    class F(int, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)
