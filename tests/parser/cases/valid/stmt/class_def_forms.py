class A: pass
class B(A, metaclass=M): pass
class C(): pass
class D(*bases, **kw): pass
class E(A, B,):
    '''doc'''
    x = 1
    def m(self): pass
