def f():
    '''doc'''
class C:
    "doc"
    def m(self):
        r'''raw doc'''
