def close(resource):
    raise OSError(f"cannot close {resource}")

def process():
    try:
        items = {"a": 1}
        return items["b"]
    except KeyError:
        close("db")

process()
