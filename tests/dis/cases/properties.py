class P:
    __slots__ = ("_x",)
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    @x.deleter
    def x(self):
        del self._x
    def __repr__(self):
        return f"P({self._x!r})"
    def __private(self):
        return self.__private
