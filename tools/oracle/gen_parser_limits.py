"""Oracle for tests/parser_limits.test.mjs (run with CPython 3.13):

    python3.13 tools/oracle/gen_parser_limits.py > tests/data/parser_limits.json

For deeply nested sources around CPython's parser stack limit, records whether ast.parse succeeds or
which exception (class and message) it raises.
"""
import ast
import json

CASES = {
    "minus": ("-", "1", [5968, 5969]),
    "not": ("not ", "1", [5968, 5969]),
    "tilde": ("~", "1", [5968, 5969]),
    "lambda": ("lambda:", "1", [2984, 2985]),
    "pow": ("2**", "1", [2984, 2985]),
    "parens": ("(", "", [199, 200, 201]),
}

out = []
for name, (unit, tail, counts) in CASES.items():
    for n in counts:
        src = unit * n + tail + (")" * n if unit == "(" else "") + "\n"
        try:
            ast.parse(src)
            res = {"ok": True}
        except (SyntaxError, MemoryError, RecursionError) as e:
            res = {"ok": False, "type": type(e).__name__, "msg": getattr(e, "msg", None) or str(e)}
        out.append({"name": name, "unit": unit, "tail": tail, "n": n, **res})
print(json.dumps(out, indent=1))
