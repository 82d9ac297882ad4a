log = []

class Meta(type):
    def __new__(m, name, bases, ns):
        log.append("meta new " + name)
        return super().__new__(m, name, bases, ns)

def deco(cls):
    log.append("decorator " + cls.__name__)
    cls.decorated = True
    return cls

class Desc:
    def __set_name__(self, owner, name):
        log.append("set_name " + name)

class Base(metaclass=Meta):
    def __init_subclass__(cls):
        log.append("init_subclass " + cls.__name__)

@deco
class Child(Base):
    log.append("body")
    d = Desc()

for entry in log:
    print(entry)
print(Child.decorated)
