"""A simple helper module for the imports cases."""
print("executing _simple_mod")
VALUE = 42
_private = "underscore"

def greet(name):
    return f"hello {name} from {__name__}"

class Thing:
    pass
