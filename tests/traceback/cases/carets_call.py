# Position markers of calls (and the cases where CPython shows no markers at all).
errors = []


def run(f):
    try:
        f()
    except Exception as e:
        errors.append(e)


def fail(*args, **kwargs):
    raise ValueError(len(args) + len(kwargs))


class Obj:
    def method(self, x):
        return fail(x)

    def other(self):
        self.value = fail()


def returns_call():
    return fail(1)


def assigns_call():
    result = fail(2)
    return result


def assigns_attr():
    o = Obj()
    o.x = fail(3)


def nested():
    return len(str(fail(4)))


def multi_line():
    return Obj().method(
        1,
    )


run(lambda: fail(1, 2, key=3))
run(lambda: Obj().method(7))
run(lambda: Obj().other())
run(returns_call)
run(assigns_call)
run(assigns_attr)
run(nested)
run(multi_line)
run(lambda: (fail)(0))
run(lambda: [fail][0]())
raise ExceptionGroup("calls", errors)
