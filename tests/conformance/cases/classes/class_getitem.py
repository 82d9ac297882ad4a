class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

print(Box[int])
print(Box["str", 3])

class Typed:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return type(cls.__name__ + "Of" + "".join(p.__name__ for p in params), (cls,), {"params": params})

IntTyped = Typed[int]
print(IntTyped.__name__, IntTyped.params, issubclass(IntTyped, Typed))
print(Typed[int, str].__name__)

print(list[int], dict[str, list[int]], tuple[int, ...])
alias = list[int]
print(type(alias).__name__, alias.__origin__, alias.__args__)
print(alias([1, 2]))

class NoGeneric:
    pass
try:
    NoGeneric[int]
except TypeError as e:
    print(type(e).__name__, e)
# instance subscription does not use __class_getitem__
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)
