x: int
x: int = 1
(x): int = 1
x.y: List[int]
x[0]: int = 2
x: tuple = 1, 2
x: 'str' = yield
