# A cycle in __context__ is printed once.
e1 = ValueError("one")
e2 = TypeError("two")
e1.__context__ = e2
e2.__context__ = e1
raise e1
