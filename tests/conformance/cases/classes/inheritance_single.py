class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"

class Cat(Animal):
    sound = "meow"
    def kind(self):
        return "cat, a kind of " + super().kind()

class Lion(Cat):
    sound = "roar"
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride

l = Lion("Leo", "north")
print(l.speak(), "|", l.kind(), "|", l.pride)
print(Cat("Tom").speak())
print(Lion.__mro__)
print([c.__name__ for c in Lion.__mro__])
print(issubclass(Lion, Animal), issubclass(Animal, Lion), isinstance(l, Cat))
print(Lion.__base__.__name__, Animal.__subclasses__())
print(issubclass(Lion, (int, Animal)))
