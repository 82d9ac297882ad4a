def swallow_exc():
    try:
        1 / 0
    finally:
        return "finally returned; exception discarded"

def swallow_break():
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            break
    return i

def override():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("finally after except-return")

print(swallow_exc())
print(swallow_break())
print(override())
import sys
print(sys.exception())
