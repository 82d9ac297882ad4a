class Broken(Exception):
    def __str__(self):
        raise RuntimeError("cannot stringify")

try:
    raise Broken("x")
except Broken as e:
    print(type(e).__name__, e.args)
    try:
        str(e)
    except RuntimeError as inner:
        print("str failed:", inner)
raise Broken("payload")
