class Dog:
    species = "canine"

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def describe(self):
        return f"{self.name} is {self.age}"

    def birthday(self):
        self.age += 1
        return self

d = Dog("Rex", 3)
print(d.describe())
print(d.birthday().birthday().describe())
print(Dog.species, d.species, type(d).__name__, type(d) is Dog)
print(sorted(vars(d).items()))
print(Dog.__name__, Dog.__qualname__, Dog.__module__)
print(isinstance(d, Dog), isinstance(d, object), Dog.__bases__)
d.species = "instance override"
print(d.species, Dog.species)
del d.species
print(d.species)
try:
    d.missing
except AttributeError as e:
    print(e)
try:
    Dog()
except TypeError as e:
    print(e)
