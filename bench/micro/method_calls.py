"""method_calls: method calls on instances: own and inherited methods, super(), a bound method kept in a local.

Tier 1 micro benchmark (bench/README.md). Usage: python3 method_calls.py [SIZE]
Prints one checksum line, then `TIME <seconds>` of the measured loop if the time module exists.
"""

import sys

try:
    import time

    clock = time.perf_counter
except (ImportError, AttributeError):
    clock = None

DEFAULT_SIZE = 1200000


class Account:
    def __init__(self, balance):
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self

    def withdraw(self, amount):
        if amount <= self.balance:
            self.balance -= amount
            return True
        return False

    def fee(self):
        return 1

    def total(self):
        return self.balance


class Savings(Account):
    def fee(self):
        return 0

    def deposit(self, amount):
        return super().deposit(amount + 1)


def bench(n):
    a = Account(100)
    s = Savings(100)
    accounts = [a, s]
    refused = 0
    s_withdraw = s.withdraw
    for i in range(n):
        a.deposit(i & 15)
        s.deposit(i & 7).deposit(1)
        if not a.withdraw(i & 31):
            refused += 1
        if not s_withdraw((i & 63) + a.fee() + s.fee()):
            refused += 1
        acct = accounts[i & 1]
        acct.balance -= acct.fee()
        if acct.total() > 100000:
            acct.withdraw(90000)
    return a.total() * 1000003 + s.total() * 1009 + refused


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    t0 = clock() if clock else 0
    result = bench(n)
    t1 = clock() if clock else 0
    print("method_calls", n, result)
    if clock:
        print("TIME", t1 - t0)


main()
