class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._hint = "protected by convention"
    def balance(self):
        return self.__balance
    def __secret(self):
        return "secret"
    def call_secret(self):
        return self.__secret()

a = Account(10)
print(a.balance(), a._hint, a.call_secret())
print(sorted(vars(a)))
print(a._Account__balance, a._Account__secret())
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)

class Sub(Account):
    def __init__(self):
        super().__init__(5)
        self.__balance = "sub's own"
s = Sub()
print(s.balance(), s._Sub__balance)
print(sorted(vars(s)))

class __Dunder__:
    __not_mangled__ = 1
print(__Dunder__.__not_mangled__)

class _Lead:
    def f(self):
        __x = 1
        return locals()
print(sorted(_Lead().f()))
