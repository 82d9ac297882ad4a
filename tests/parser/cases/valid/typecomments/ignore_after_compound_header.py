if x:  # type: ignore
    pass
