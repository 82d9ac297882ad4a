print(eval("1 + 2 * 3"))
print(eval("x * y", {"x": 3, "y": 4}))
print(eval("a + b", {"a": 1}, {"b": 10}))
g = {}
exec("z = 5\ndef double(v):\n    return v * 2\n", g)
print(g["z"], g["double"](21), "__builtins__" in g)
loc = {}
exec("w = 7", {}, loc)
print(loc)
ns = {"__builtins__": {}}
try:
    exec("print('no builtins')", ns)
except NameError as e:
    print(type(e).__name__, e)
print(eval("len('abc')", {"__builtins__": {"len": len}}))
code = compile("result = 6 * 7", "<compiled>", "exec")
scope = {}
exec(code, scope)
print(scope["result"], type(code).__name__, code.co_filename)
expr = compile("2 ** 10", "<expr>", "eval")
print(eval(expr))
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("1 +", "<bad>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
print(eval("  42  "), eval("[i for i in range(3)]"))
counter = 0
exec("counter += 1")
print(counter)
def inside():
    exec("hidden = 1")
    return "hidden" in locals(), sorted(locals())
print(inside())
print(eval(compile("x + 1", "<s>", "single"), {"x": 1}))
