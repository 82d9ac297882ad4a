type X = int
type Y[T] = list[T]
type Z[*Ts, **P, T: int] = Callable[P, tuple[*Ts, T]]
type W = 'forward'
