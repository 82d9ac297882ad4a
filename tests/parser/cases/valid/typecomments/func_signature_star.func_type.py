(*int, **str) -> List[int]
