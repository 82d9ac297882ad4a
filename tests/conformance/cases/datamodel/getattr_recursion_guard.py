class Wrapper:
    def __init__(self, inner):
        self.inner = inner
    def __getattr__(self, name):
        return getattr(self.inner, name)

w = Wrapper("text")
print(w.upper(), w.inner)
# an instance created without __init__ has no 'inner', so __getattr__ recurses
broken = Wrapper.__new__(Wrapper)
try:
    broken.upper
except RecursionError as e:
    print(type(e).__name__, e)

class Safe:
    def __getattr__(self, name):
        if name == "inner":
            raise AttributeError(name)
        return getattr(self.inner, name)
try:
    Safe().upper
except AttributeError as e:
    print(type(e).__name__, e)
