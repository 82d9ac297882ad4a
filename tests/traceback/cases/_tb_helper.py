DEFAULT_VALUE = 1
compute_total = sum
_private_thing = 2


class HelperError(Exception):
    pass


class Outer:
    class Inner(LookupError):
        pass
