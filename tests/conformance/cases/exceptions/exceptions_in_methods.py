class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance

    @property
    def status(self):
        return self.missing_attribute

    @classmethod
    def parse(cls, text):
        return cls(int(text))

acct = Account(100)
print(acct.withdraw(30))
try:
    acct.withdraw(500)
except ValueError as e:
    print(e)
try:
    acct.status
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Account.parse("lots")
except ValueError as e:
    print(type(e).__name__, e)
print(Account.parse("7").balance)
acct.status
