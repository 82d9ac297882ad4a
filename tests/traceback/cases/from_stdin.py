# conformance: args=["-"]
# conformance: stdin="def f():\n    1/0\nf()\n"
