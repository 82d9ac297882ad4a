def show(fn):
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__, repr(e), e.args)

def raise_class():
    raise ValueError

def raise_instance():
    raise ValueError("msg", 2)

def reraise():
    try:
        raise KeyError("original")
    except KeyError:
        raise

def raise_non_exception():
    raise 42

def raise_nothing_active():
    raise

class NotAnException:
    pass
def raise_wrong_class():
    raise NotAnException

for f in (raise_class, raise_instance, reraise, raise_non_exception, raise_nothing_active, raise_wrong_class):
    show(f)

e = ValueError("reused")
for _ in range(2):
    try:
        raise e
    except ValueError as caught:
        print(caught is e)
