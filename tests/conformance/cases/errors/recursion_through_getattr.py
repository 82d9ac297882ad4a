class Lazy:
    def __getattr__(self, name):
        # self.data is missing, so this recursively calls __getattr__
        return self.data[name]

try:
    Lazy().anything
except RecursionError as e:
    print(type(e).__name__, e)
print("recovered")
Lazy().anything
