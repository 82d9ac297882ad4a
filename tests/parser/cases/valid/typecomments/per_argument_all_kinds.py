def f(a,  # type: int
      *args,  # type: str
      b,  # type: bool
      **kwargs  # type: float
      ):
    # type: (...) -> None
    pass
