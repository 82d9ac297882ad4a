src = """
def helper(n):
    return 10 // n

value = helper(0)
"""
try:
    exec(src, {})
except ZeroDivisionError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_filename, tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(type(e).__name__, frames)
exec(compile(src, "generated.py", "exec"), {})
