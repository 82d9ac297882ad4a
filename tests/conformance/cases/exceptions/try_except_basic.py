def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("division by zero!")
        return None
    except TypeError as e:
        print("type problem:", e)
        return None
    else:
        print("no exception")
        return result
    finally:
        print("finally for", a, b)

print(divide(6, 3))
print(divide(1, 0))
print(divide("a", 1))

try:
    [][1]
except (KeyError, IndexError) as e:
    print("tuple handler:", type(e).__name__, e)

try:
    {}["k"]
except LookupError as e:
    print("base class handler:", type(e).__name__, e)

try:
    int("x")
except Exception:
    print("bare-ish Exception handler")

try:
    raise RuntimeError("anything")
except:
    print("bare except")
