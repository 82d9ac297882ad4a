__all__ = ["public_a", "_explicit_private"]
public_a = "a"
public_b = "b (not in __all__)"
_explicit_private = "listed in __all__"
