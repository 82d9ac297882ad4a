class Evens:
    def __contains__(self, x):
        print("checking", x)
        return x % 2 == 0

e = Evens()
print(4 in e, 3 in e, 3 not in e)

class Truthy:
    def __contains__(self, x):
        return "yes"
print(1 in Truthy())

class IterOnly:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())

class Eq:
    def __eq__(self, o):
        return o == "target"
print("target" in [Eq()], Eq() in ["target"], "x" in [Eq()])
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in "abc"
except TypeError as e:
    print(type(e).__name__, e)
print("" in "abc", "bc" in "abc", b"a" in b"abc", 97 in b"abc")
print(1 in {1: "a"}, "a" in {1: "a"}, (1, 2) in {(1, 2)})
