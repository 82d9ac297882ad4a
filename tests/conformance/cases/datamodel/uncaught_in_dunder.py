class Item:
    def __init__(self, key):
        self.key = key
    def __eq__(self, other):
        return self.key == other.key

items = [Item(1), Item(2)]
print(items.index(Item(2)))
print(items.index(Item(1)) == 0)
items.index("no key attribute")
