src = """
try:
    pass
except* ExceptionGroup:
    pass
"""
try:
    exec(src)
except TypeError as e:
    print("runtime:", type(e).__name__, e)

try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)

for bad in ["try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "for x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n"]:
    try:
        compile(bad, "<case>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
