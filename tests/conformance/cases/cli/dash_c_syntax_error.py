# conformance: args=["-c", "print('ok')\nif True\n    pass"]
# A syntax error in -c code: nothing runs, exit code 1.
