# conformance: args=["-c", "import sys\nprint('hello from -c', sys.argv, __name__)\nprint(sys.path[0] == '')"]
# The program runs with `-c CODE`; this file only holds the directive.
