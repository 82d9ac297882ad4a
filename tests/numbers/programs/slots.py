class F(float):
    __slots__ = ("unit",)
f = F(2.5)
f.unit = "m"
print(f, f.unit, f * 2)
try:
    f.other = 1
except AttributeError as e:
    print(e)
class C(complex):
    __slots__ = ("tag",)
c = C(1, 2)
c.tag = "x"
print(c, c.tag)
try:
    class I(int):
        __slots__ = ("a",)
except TypeError as e:
    print(e)
class I2(int):
    __slots__ = ()
print(I2(5) + 1)
try:
    I2(5).x = 1
except AttributeError as e:
    print(e)
