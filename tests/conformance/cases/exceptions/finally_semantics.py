def f1():
    try:
        return "try"
    finally:
        print("f1 finally")

def f2():
    try:
        return "try"
    finally:
        return "finally wins"

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed by return"

def f4():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("f4 finally", i)
    return i

def f5():
    for i in range(3):
        try:
            continue
        finally:
            print("f5 finally", i)

def f6():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)

print(f1())
print(f2())
print(f3())
print(f4())
f5()
f6()
def f7():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f7())
