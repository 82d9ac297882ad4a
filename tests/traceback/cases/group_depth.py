# Groups nested deeper than max_group_depth (10).
e = ValueError("leaf")
for i in range(12):
    e = ExceptionGroup(f"level {i}", [e, TypeError(i)])
raise e
