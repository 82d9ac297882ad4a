class Loud:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth
    def __bool__(self):
        print("bool", self.name)
        return self.truth
    def __repr__(self):
        return self.name

T, F = Loud("T", True), Loud("F", False)
print(T and F)
print(F and T)
print(T or F)
print(F or T)
print(not T)
print(F or F or "last")
x = T if F else "else-branch"
print(x)
while F:
    pass
print([v for v in (T, F) if v])
print(all([T, F]), any([F, T]))
assert T
print(T and F or "fallback")
