print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance(b"s", str), isinstance([], (tuple, list)), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, object), issubclass(list, (str, list)), issubclass(type, object))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type), issubclass(type, type))
print(isinstance(3, int | float), isinstance("x", int | None), issubclass(int, int | str))
print(isinstance([], ()), isinstance(1, ((str,), (int,))))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), issubclass(A, A))
for bad in [lambda: isinstance(1, "int"), lambda: issubclass("x", str), lambda: issubclass(int, 5), lambda: isinstance(1, list[int])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
