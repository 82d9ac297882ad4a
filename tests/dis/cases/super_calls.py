class A:
    def m(self, x):
        return x
class B(A):
    def m(self, x):
        return super().m(x) + super(B, self).m(x)
    def attr(self):
        return super().m
    @classmethod
    def cm(cls):
        return super().__init_subclass__()
