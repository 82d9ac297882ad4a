type Alias = list[int]
type Generic[T] = dict[str, T]
def first[T](xs: list[T]) -> T:
    return xs[0]
class Box[T, *Ts, **P]:
    def get(self) -> T:
        return self.item
def bounded[T: int, U: (str, bytes)](a: T, b: U) -> T:
    return a
def defaults[T = int]():
    pass
