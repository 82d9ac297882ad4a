class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hello " + name


Greeter("x").greet()
