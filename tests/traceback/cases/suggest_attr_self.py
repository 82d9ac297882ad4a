# Inside a method of the object, underscored names are suggested too.
class Account:
    def __init__(self):
        self._balance = 0

    def show(self):
        return self._balanse


Account().show()
