import functools
class Base:
    """Doc."""
    attr: int = 3
    def __init__(self, x):
        self.x = x
    @property
    def value(self):
        return self.x
    @staticmethod
    def s():
        return 1
    @classmethod
    def c(cls):
        return cls()
class Child(Base, metaclass=type):
    def __init__(self, x):
        super().__init__(x)
        self.y = super().value
    def m(self):
        return __class__
@functools.total_ordering
class D:
    def __lt__(self, o):
        return NotImplemented
