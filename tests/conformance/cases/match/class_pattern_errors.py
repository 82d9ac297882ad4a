class NoArgs:
    def __init__(self, a):
        self.a = a

class TooFew:
    __match_args__ = ("a",)
    a = 1

class BadArgs:
    __match_args__ = ["a"]

def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)

def m1(v):
    match v:
        case NoArgs(x):
            return x
def m2(v):
    match v:
        case TooFew(x, y):
            return x
def m3(v):
    match v:
        case BadArgs(x):
            return x
def m4(v):
    match v:
        case NoArgs(a=x):
            return x
not_a_class = 5
def m5(v):
    match v:
        case not_a_class():
            return "?"
attempt("no __match_args__:", lambda: m1(NoArgs(1)))
attempt("too many positional:", lambda: m2(TooFew()))
attempt("list __match_args__:", lambda: m3(BadArgs()))
attempt("keyword ok:", lambda: m4(NoArgs(7)))
attempt("not a class:", lambda: m5(1))
attempt("type mismatch skips:", lambda: m1("string"))
