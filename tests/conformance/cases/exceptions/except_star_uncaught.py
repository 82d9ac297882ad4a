def worker(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    raise TypeError(f"even {n}")

errors = []
for i in range(3):
    try:
        worker(i)
    except Exception as e:
        errors.append(e)

try:
    raise ExceptionGroup("workers failed", errors)
except* TypeError as g:
    print("handled", len(g.exceptions), "TypeError(s)")
