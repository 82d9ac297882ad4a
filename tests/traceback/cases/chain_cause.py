TABLE = {"one": 1}


def parse(text):
    try:
        return TABLE[text]
    except KeyError as e:
        raise RuntimeError(f"cannot parse {text!r}") from e


parse("x")
