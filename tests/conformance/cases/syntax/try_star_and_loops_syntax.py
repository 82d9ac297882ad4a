sources = {
    "break outside loop": "break\n",
    "continue outside loop": "continue\n",
    "break in function outside loop": "def f():\n    break\n",
    "continue in finally ok": "for i in range(2):\n    try:\n        pass\n    finally:\n        continue\n",
    "return outside function": "return 5\n",
    "yield outside function": "yield 1\n",
    "await outside function": "await x\n",
    "nonlocal at module level": "nonlocal x\n",
    "nonlocal no binding": "def f():\n    nonlocal zzz\n",
    "async for outside async": "def f():\n    async for x in y:\n        pass\n",
    "duplicate argument": "def f(a, a):\n    pass\n",
    "default before non-default": "def f(a=1, b):\n    pass\n",
    "keyword arg repeated": "f(a=1, a=2)\n",
    "positional after keyword": "f(a=1, 2)\n",
    "assign to literal": "1 = x\n",
    "assign to call": "f() = 1\n",
    "assign to keyword": "None = 1\n",
    "import star in function": "def f():\n    from sys import *\n",
}
for label, src in sources.items():
    try:
        compile(src, "<src>", "exec")
        print(f"{label}: compiled")
    except SyntaxError as e:
        print(f"{label}: {type(e).__name__}: {e.msg} (line {e.lineno})")
