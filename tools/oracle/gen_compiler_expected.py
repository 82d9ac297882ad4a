"""Writes the expected outputs of tests/compiler.test.mjs with CPython 3.13.

- tests/compiler/expected/NAME.json: every code object of tests/compiler/corpus/NAME.py (dump_code.py format)
- tests/compiler/errors.json: compile-time errors (message and position) of the snippets below

Run: python3.13 tools/oracle/gen_compiler_expected.py
"""

import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import dump_code  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")

ERRORS = [
    ("return 1", "exec"),
    ("class C:\n    return", "exec"),
    ("yield 1", "exec"),
    ("x = [(yield) for y in z]", "exec"),
    ("def f():\n    x = [(yield) for y in z]", "exec"),
    ("def f():\n    x = {(yield) for y in z}", "exec"),
    ("def f():\n    x = {1: (yield) for y in z}", "exec"),
    ("def f():\n    x = ((yield) for y in z)", "exec"),
    ("await x", "exec"),
    ("def f():\n    await x", "exec"),
    ("def f():\n    lambda: await x", "exec"),
    ("break", "exec"),
    ("continue", "exec"),
    ("def f():\n    for x in y:\n        def g():\n            break", "exec"),
    ("while x:\n    try:\n        pass\n    finally:\n        continue\n", "exec"),
    ("nonlocal x", "exec"),
    ("def f():\n    nonlocal x", "exec"),
    ("def f(x):\n    global x", "exec"),
    ("def f(x):\n    nonlocal x", "exec"),
    ("def f():\n    print(x)\n    global x", "exec"),
    ("def f():\n    x = 1\n    global x", "exec"),
    ("def f():\n    x: int\n    global x", "exec"),
    ("def f():\n    def g():\n        x = 1\n        nonlocal x", "exec"),
    ("def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x", "exec"),
    ("def f():\n    global x\n    nonlocal x", "exec"),
    ("def f():\n    global x\n    x: int = 1", "exec"),
    ("def f(a, a): pass", "exec"),
    ("def f(a, *, a): pass", "exec"),
    ("lambda a, a: 1", "exec"),
    ("async def f():\n    yield 1\n    return 2", "exec"),
    ("def f():\n    [x async for x in y]", "exec"),
    ("[x async for x in y]", "exec"),
    ("a, *b, *c = d", "exec"),
    ("*a = b", "exec"),
    ("print(*a) if x else *b", "exec"),
    ("x = *a", "exec"),
    ("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass", "exec"),
    ("match x:\n    case y:\n        pass\n    case 1:\n        pass", "exec"),
    ("match x:\n    case _:\n        pass\n    case 1:\n        pass", "exec"),
    ("match x:\n    case [a, a]:\n        pass", "exec"),
    ("match x:\n    case [a] | [b]:\n        pass", "exec"),
    ("match x:\n    case {'a': 1, 'a': 2}:\n        pass", "exec"),
    ("match x:\n    case C(a=1, a=2):\n        pass", "exec"),
    ("match x:\n    case a | b:\n        pass", "exec"),
    ("def f():\n    import *", "exec"),
    ("def f():\n    from os import *", "exec"),
    ("f(a=1, a=2)", "exec"),
    ("__debug__ = 1", "exec"),
    ("def f(__debug__): pass", "exec"),
    ("del __debug__", "exec"),
    ("class C:\n    [(y := 1) for x in z]", "exec"),
    ("[(x := 1) for x in y]", "exec"),
    ("[x for x in (y := [1])]", "exec"),
    ("def f():\n    yield from x\nasync def g():\n    yield from x", "exec"),
    ("async def g():\n    yield from x", "exec"),
    ("def f():\n    async with x:\n        pass", "exec"),
    ("def f():\n    async for x in y:\n        pass", "exec"),
    ("def f[T: (yield)](): pass", "exec"),
    ("type X = (yield)", "exec"),
    ("def f[T, T](): pass", "exec"),
    ("from __future__ import braces", "exec"),
    ("from __future__ import nope", "exec"),
    ("import os\nfrom __future__ import annotations", "exec"),
    ("x = 1\nreturn x", "single"),
    ("'é'; return 1", "exec"),
]


def main():
    corpus = sorted(glob.glob(os.path.join(ROOT, "tests", "compiler", "corpus", "*.py")))
    outdir = os.path.join(ROOT, "tests", "compiler", "expected")
    os.makedirs(outdir, exist_ok=True)
    for path in corpus:
        name = os.path.splitext(os.path.basename(path))[0]
        with open(path, "rb") as f:
            src = f.read()
        res = dump_code.run(src, name + ".py", "exec")
        with open(os.path.join(outdir, name + ".json"), "w") as f:
            json.dump(res, f, indent=0)
            f.write("\n")
    errors = []
    for src, mode in ERRORS:
        res = dump_code.run(src, "<test>", mode)
        errors.append({"source": src, "mode": mode, "error": res.get("error")})
    with open(os.path.join(ROOT, "tests", "compiler", "errors.json"), "w") as f:
        json.dump(errors, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
