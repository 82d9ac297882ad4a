class Box:
    def put(self, item, *, quantity=1):
        return item, quantity

b = Box()
for thunk in [lambda: b.put(), lambda: b.put(1, 2), lambda: b.put(1, qty=2), lambda: Box.put(),
              lambda: len(), lambda: len(1, 2), lambda: "x".split(1, 2, 3), lambda: int(1, 2, 3),
              lambda: divmod(1), lambda: isinstance(1), lambda: {}.get(), lambda: [].append(1, 2)]:
    try:
        thunk()
    except TypeError as e:
        print(e)
