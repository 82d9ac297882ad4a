# Position markers of subscripts.
errors = []


def run(f):
    try:
        f()
    except Exception as e:
        errors.append(e)


class Table:
    def __getitem__(self, key):
        raise KeyError(key)


d = {"a": {"b": [1, 2]}}
n = None
t = Table()
run(lambda: d["missing"])
run(lambda: d["a"]["x"])
run(lambda: d["a"]["b"][5])
run(lambda: d [ "a" ] [ "c" ])
run(lambda: t[1:2, ...])
run(lambda: n[0])
run(lambda: d["a"]["b"][1:][7])
run(lambda: (d)["z"])
run(lambda: d[
    "multi"
])
raise ExceptionGroup("subscripts", errors)
