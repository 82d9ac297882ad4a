x = []  # type: List[int]
a = b = 1  # type: int
c, d = e  # type: Tuple[int, str]
