raise SyntaxError("bad thing", ("/some/where.py", 10, 4, "foo bar baz\n", 10, 7))
