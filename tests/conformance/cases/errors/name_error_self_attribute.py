class Counter:
    def __init__(self):
        self.count = 0

    def increment(self):
        count += 1
        return self.count

c = Counter()
try:
    c.increment()
except UnboundLocalError as e:
    print(type(e).__name__, e)

class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hello " + name

Greeter("x").greet()
