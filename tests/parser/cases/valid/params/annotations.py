def f(a: int, b: str = 'x', *args: int, c: bool, **kw: object) -> None: pass
def g(*args: *Ts): pass
def h(a: 'fwd' = None, /) -> 'R': pass
def i() -> (yield): pass
