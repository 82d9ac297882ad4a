global counter
counter = 1
print(counter)

def bump():
    global counter
    counter += 1

bump(); bump()
print(counter)

global not_yet_defined
try:
    print(not_yet_defined)
except NameError as e:
    print(type(e).__name__, e)

for src in [
    "x = 1\nglobal x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f(a):\n    global a\n",
    "def f():\n    print(x)\n    global x\n",
]:
    try:
        compile(src, "<g>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg)
