def parse_port(value):
    try:
        return int(value)
    except ValueError as exc:
        raise RuntimeError("invalid port setting") from exc

def configure():
    port = parse_port("eighty")
    return port

configure()
