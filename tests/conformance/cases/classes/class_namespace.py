x = "module x"

class Demo:
    x = "class x"
    y = x + "!"
    def method(self):
        return x
    lst = [x for _ in range(1)]
    tpl = tuple(x for _ in range(1))

print(Demo.y)
print(Demo().method())
print(Demo.lst, Demo.tpl)

class Body:
    print("class body executes at definition time")
    for i in range(3):
        pass
    result = i
    del i
print(Body.result, hasattr(Body, "i"))
print(sorted(k for k in Body.__dict__ if not k.startswith("__")))

def factory(n):
    class Local:
        value = n
        def get(self):
            return self.value * n
    return Local
L = factory(3)
print(L.__qualname__, L().get())
