bad_sources = [
    "[(yield) for x in range(3)]",
    "def f():\n    return [(yield x) for x in range(3)]\n",
    "def f():\n    return {x: (yield) for x in range(3)}\n",
    "def f():\n    return [await x for x in y]\n",
    "[x for x in range(3)] = [1, 2, 3]\n",
    "[x for x in range(3) if x else 1]\n",
]
for src in bad_sources:
    try:
        compile(src, "<src>", "exec")
        print("compiled OK")
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno})")
