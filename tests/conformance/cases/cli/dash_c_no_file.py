# conformance: args=["-c", "print(__name__)\nprint(__file__)"]
# -c code has no __file__.
