type A[T] = list[T]
type B[T: (int, str), *Ts, **P] = Callable[P, T]
type C = lambda: 1
type D = (yield_ := 1)
