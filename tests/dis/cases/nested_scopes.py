class Outer:
    x = 1
    class Inner:
        y = 2
        def method(self):
            def deep():
                return self
            return deep
    def uses_class_var(self):
        return [self.x for _ in range(2)]
def f():
    class Local:
        def m(self):
            return f
    return Local
def g(a):
    class K:
        b = a
        def m(self):
            return a
    return K
