# conformance: args=["-", "first", "second"]
# conformance: stdin="import sys\nprint('program from stdin', sys.argv)\nprint(__name__)\nx = [1, 2]\nprint(x[5])\n"
