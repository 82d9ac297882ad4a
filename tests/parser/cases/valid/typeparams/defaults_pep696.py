class D[T = int, *Ts = *tuple[int], **P = [int, str]]: pass
def f[T: int = bool](): pass
type A[T = int] = T
