class A:
    "Class doc."
    x: int = 1
    y: str
    def __init__(self):
        self.a = 1
        self.b: int = 2
    def method(self):
        return super().method()
    def other(self):
        return super(A, self).method(1, k=2)
    @property
    def prop(self):
        return __class__
    class Inner:
        __private = 1
        def get(self):
            return self.__private

class B(A, metaclass=Meta, flag=True):
    [q for q in range(3)]
    def m(self):
        def n():
            return self
        return n

class Generic[T, *Ts, **P]:
    def m[U: int](self, x: U) -> T:
        return x

def f[T = int](x: T) -> T:
    return x

type Alias = list[int]
type GenericAlias[K] = dict[K, int]
