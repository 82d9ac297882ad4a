(...) -> Tuple[int, ...]
