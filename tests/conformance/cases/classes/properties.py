class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        """Degrees Fahrenheit."""
        return self._c * 9 / 5 + 32

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
print(Temperature.fahrenheit.__doc__, type(Temperature.celsius).__name__)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)

def getx(self):
    return "x"
class Old:
    x = property(getx, doc="classic")
print(Old().x, Old.x.__doc__, Old.x.fget is getx, Old.x.fset)
