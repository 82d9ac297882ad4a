def outer():
    class Local:
        def method(self):
            def helper():
                return "helper in method in class in function"
            return helper()
    return Local().method()
print(outer())

class A:
    def make(self):
        class B:
            def who(self):
                return type(self).__qualname__
        return B()
print(A().make().who())

def decorator_factory():
    def deco(cls):
        cls.tag = "decorated inside function"
        return cls
    @deco
    class Inner:
        pass
    return Inner
print(decorator_factory().tag)
if True:
    def conditional():
        return "defined under if"
print(conditional())
try:
    def in_try():
        return "defined in try"
finally:
    pass
print(in_try())
