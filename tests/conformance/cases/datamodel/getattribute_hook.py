class Logged:
    def __init__(self):
        self.value = 10
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)
    def method(self):
        return self.value * 2

o = Logged()
print(o.value)
print(o.method())

class Blocker:
    secret = "s"
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("access to secret denied")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"__getattr__ fallback for {name}"
b = Blocker()
print(b.secret)
print(b.anything)
print(type(b).secret)

class Upper:
    def __getattribute__(self, name):
        return name.upper()
u = Upper()
print(u.hello, u.__class__)
print(len([1, 2]))
