# Binary operations spanning lines, with comments and continuation backslashes around the operator.
errors = []


def run(f):
    try:
        f()
    except Exception as e:
        errors.append(e)


def across(a, b):
    return (a +
            b)


def comment(a, b):
    return (a  # the left operand
            * b)


def backslash(a, b):
    return a \
        - b


def paren_op(a, b):
    return (a
    )/(
        b)


def long_left(values):
    return (
        values[0]
        + values[1]
        + values[2]
        + values[3]
    )


run(lambda: across(1, "x"))
run(lambda: comment(None, 2))
run(lambda: backslash("a", 1))
run(lambda: paren_op(1, 0))
run(lambda: long_left([1, 2, 3, "4"]))
raise ExceptionGroup("multi-line binary operations", errors)
