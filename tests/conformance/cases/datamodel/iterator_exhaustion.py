class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration("finished")
        self.done = True
        return "only"

o = Once()
print(list(o), list(o))
print(next(Once()))
print(list(zip(Once(), "abc")))
print(dict.fromkeys(Once()))

class Raiser:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("broken iterator")
try:
    list(Raiser())
except ValueError as e:
    print(type(e).__name__, e)
try:
    for _ in Raiser():
        pass
except ValueError as e:
    print("for:", e)
for x in Raiser():
    pass
