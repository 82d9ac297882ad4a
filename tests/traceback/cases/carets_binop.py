# Position markers of binary operations: one sub-exception per operator, each with its own traceback.
errors = []


def run(f):
    try:
        f()
    except Exception as e:
        errors.append(e)


a, s, n, z = 1, "s", None, 0
run(lambda: a + s)
run(lambda: a-s)
run(lambda: a  *  n)
run(lambda: a / z)
run(lambda: (a) // (z))
run(lambda: a % z)
run(lambda: s ** a)
run(lambda: a @ a)
run(lambda: a << s)
run(lambda: a >> n)
run(lambda: a & s)
run(lambda: a | s)
run(lambda: a ^ s)
run(lambda: (a + 1) / (z * 2))
run(lambda: [a][0] + s)
raise ExceptionGroup("binary operators", errors)
