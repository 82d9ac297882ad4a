class Left:
    def __lt__(self, o):
        print("Left.__lt__")
        return NotImplemented
    def __eq__(self, o):
        print("Left.__eq__")
        return NotImplemented

class Right:
    def __gt__(self, o):
        print("Right.__gt__")
        return "gt-result"
    def __eq__(self, o):
        print("Right.__eq__")
        return NotImplemented

print(Left() < Right())
print(Left() == Right())
r = Right()
print(r == r)
print(Left() != Right())

class Sub(Left):
    def __gt__(self, o):
        print("Sub.__gt__ first (subclass of the left type)")
        return True
print(Left() < Sub())
try:
    Left() < Left()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Left() >= 3
except TypeError as e:
    print(type(e).__name__, e)
