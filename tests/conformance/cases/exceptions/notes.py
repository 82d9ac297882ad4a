try:
    raise ValueError("bad input")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("hint: check the format")
    print(e.__notes__)
try:
    ValueError().add_note(5)
except TypeError as e:
    print(type(e).__name__, e)

def process():
    try:
        int("zz")
    except ValueError as e:
        e.add_note("extra context for the reader")
        raise

process()
