# conformance: args=["-c", "def f(n):\n    return 10 // n\n\nprint(f(5))\nprint(f(0))"]
# A traceback from -c code names the file "<string>" and shows no source lines.
