# Exactly at and just above the cutoff of three identical frames.
def down(n):
    if n == 0:
        raise ValueError("bottom")
    down(n - 1)


def down2(n):
    if n == 0:
        raise ValueError("bottom")
    down2(n - 1)


errors = []
for fn, n in [(down, 2), (down2, 3)]:
    try:
        fn(n)
    except ValueError as e:
        errors.append(e)
raise ExceptionGroup("repeats", errors)
