class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)

class Base(metaclass=Meta):
    def __init__(self, v):
        self.v = v

class Derived(Base, flag=True):
    extra = 1

obj = Derived(5)
print(obj.v, Derived.created_by, type(Derived).__name__, type(Meta).__name__)
print(isinstance(Derived, Meta), isinstance(obj, Base))
