raise
raise X
raise X from Y
raise X() from None
raise X(1, 2) from e.f
