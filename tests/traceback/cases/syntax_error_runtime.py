# A SyntaxError from compile() and SyntaxErrors built by hand, printed as uncaught exceptions.
errors = []
for src in ["x = (1,\n  2 +)\n", "def f():\n\treturn 1\n        return 2\n", "a = 1 +"]:
    try:
        compile(src, "fake.py", "exec")
    except SyntaxError as e:
        errors.append(e)
errors.append(SyntaxError("custom msg", ("some/file.py", 3, 5, "  bad line here\n", 3, 9)))
errors.append(SyntaxError("no details"))
errors.append(IndentationError("indent", ("f.py", 1, 1, "\tx\n")))
errors.append(SyntaxError("", (None, None, None, None)))
raise ExceptionGroup("syntax", errors)
