class A:
    def f(self):
        return "A"

class B(A):
    def f(self):
        # __class__ is the implicit cell used by super()
        return "B:" + __class__.__name__ + ":" + super().f()

    def no_self(*args):
        return super().f()

    def in_comprehension(self):
        return [super().f() for _ in range(2)]

    def in_lambda(self):
        return (lambda: super().f())()

b = B()
print(b.f())
try:
    b.no_self()
except RuntimeError as e:
    print(type(e).__name__, e)
print(b.in_comprehension())

class C(B):
    pass
print(C().f())

class D(A):
    def f(self):
        def inner():
            return super().f()
        try:
            return inner()
        except RuntimeError as e:
            return f"{type(e).__name__}: {e}"
print(D().f())
# a lambda has no first argument, so its super() fails
print(b.in_lambda())
