# conformance: env={"FORCE_COLOR": "1"}
try:
    compile("x = (1 +)\n", "fake.py", "exec")
except SyntaxError as e:
    err = e
raise err
