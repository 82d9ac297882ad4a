#!/usr/bin/env python3
"""Write tests/data/ast_dump_cases.json: AST trees and CPython 3.13's ast.dump of them, for
tests/ast_dump.test.mjs.

Run with CPython 3.13 from the repository root:

    python3.13 tools/oracle/gen_dump_cases.py

Two kinds of cases:
  "hand":   trees built by hand below; tests/ast_dump.test.mjs builds the same trees by hand with our node
            classes (keep both in sync), and compares the dumps.
  "parsed": snippets parsed by CPython (between them every concrete node class appears); the tree is
            serialized, the test rebuilds it through our constructors (_fields then _attributes) and
            compares the dumps under every option set of OPTIONS.

Tree encoding: a node is {"_type": name, field: value, ...} (a missing key = attribute not set);
a list is a JSON array; str a JSON string; None null; bool true/false; int a JSON number, or
{"$int": "digits"} outside ±(2**53-1); float {"$float": 16 hex digits of the IEEE double};
complex {"$complex": [real bits, imag bits]}; bytes {"$bytes": hex}; Ellipsis {"$ellipsis": true}.
"""

import ast
import json
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "ast_dump_cases.json"

OPTIONS = [
    {},
    {"indent": 3, "include_attributes": True},  # python -m ast -a
    {"indent": 3},  # python -m ast
    {"include_attributes": True},
    {"indent": 0},
    {"indent": -2},
    {"indent": "\t"},
    {"indent": "--"},
    {"annotate_fields": False},
    {"annotate_fields": False, "indent": 2, "include_attributes": True},
    {"show_empty": True},
    {"show_empty": True, "annotate_fields": False, "indent": 1},
]

SNIPPETS = [
    ("exec", "x = 1\n"),
    ("exec", "pass\n"),
    ("eval", "a + b * -c"),
    ("single", "print('hi')\n"),
    ("func_type", "(int, *str, **float) -> None"),
    (
        "exec",
        '''\
"""Docstring."""
from __future__ import annotations
import os, sys as system
from . import a
from ..pkg.mod import (b as c, d)
from x import *
x: int = 1
y: "list[int]"
(z): int
a.b: str = 'v'
x = y = [1, 2.5, 3j, -4, 10**30, 0xFFFF_FFFF_FFFF_FFFF_FF, 1e16, 1.5e-7, float, True, False, None, ..., b'\\x00\\'"', u'u']
x += 1; x -= 1; x *= 1; x @= m; x /= 2; x %= 3; x **= 4; x <<= 1; x >>= 1; x |= 1; x ^= 1; x &= 1; x //= 2
del x, y[0], z.a
assert x, "msg"
assert y
global g1, g2

@decorator
@decorator.attr(1, key=2)
def f[T: int, *Ts, **P](a, /, b: int = 1, *args: str, c, d=2, **kw) -> None:
    """Doc."""
    nonlocal q
    return
    return a if b else c

async def g(a=1, *, b, c=3):
    async for x in y:
        await z
    else:
        pass
    async with a as b, c:
        yield
    yield x

def gen():
    yield from other()
    l = [i async for i in aiter() if i]

class C[T = int, *Ts = (), **P = [int]](Base, metaclass=Meta, **kw):
    x: T
    def m(self): ...

type Alias[K, V: (str, bytes)] = dict[K, V]
type Simple = int

for i, (j, k) in enumerate(x):
    if i: continue
    elif j: break
    else: pass
else:
    pass

while not x and y or z:
    x = ~x + +y - -z
else:
    ...

with open(f) as fh, lock:
    pass

try:
    raise ValueError("v") from err
except (ValueError, TypeError) as e:
    raise
except Exception:
    pass
else:
    pass
finally:
    pass

try:
    pass
except* OSError as eg:
    pass
except* ValueError:
    pass

match command:
    case Point(x=0, y=0) | Point(0, 0):
        pass
    case [1, 2, *rest] if rest:
        pass
    case {"a": 1, "b": b, **others}:
        pass
    case {1: _}:
        pass
    case None | True | False:
        pass
    case -1 | 1.5 | 2 - 3j | "s" | b"b" | a.b.c:
        pass
    case (p as q) | [*_]:
        pass
    case str() as s:
        pass
    case {**rest}:
        pass
    case {} | [] | Cls() | ():
        pass
    case _:
        pass

lambda: 0
lambda a, /, b=1, *c, d, e=2, **f: (a, b)
lambda *, k: k
x = {1: 2, **d, 3: 4}
x = {1, 2, *s}
x = [a for a in b if c if d for e in f]
x = {a for a in b}
x = {a: b for a, b in c}
x = (a for a in b)
x = a if b else c
x = (y := 10)
x = a < b <= c > d >= e == f != g is h is not i in j not in k
x = a[1:2, ::3, 4:, :5:6, ...]
x = a[b]
x = a[1:2]
x = f(*args, a, *more, k=v, **kw, **more_kw)
x = f"a{b!r:>{width}} {c!s} {d!a} {e=} {f:.2f}" f'{g}' 'h'
x = f"{x}" "y"
x = rb'raw' + Rb"\\d"
x = 1 if a else 2
x = not a
x = a @ b, a / b, a // b, a % b, a ** b, a << b, a >> b, a | b, a ^ b, a & b
*a, b = c
[a, *b] = c
x = ()
x = []
x = {}
print("tab\\there", 'quote\\'s', "both '\\"", "\\u00e9\\u2028\\U0001f600\\x7f\\0")
x = 1  # type: int
for x in y:  # type: List[int]
    pass
with a as b:  # type: int
    pass
def tc(a,  # type: int
       b):
    # type: (...) -> None
    pass
import z  # type: ignore[attr]
''',
    ),
]


def encode(v):
    if isinstance(v, ast.AST):
        out = {"_type": type(v).__name__}
        for name in type(v)._fields + type(v)._attributes:
            if hasattr(v, name):
                out[name] = encode(getattr(v, name))
        return out
    if isinstance(v, list):
        return [encode(x) for x in v]
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return v if abs(v) <= 2**53 - 1 else {"$int": str(v)}
    if isinstance(v, float):
        return {"$float": struct.pack(">d", v).hex()}
    if isinstance(v, complex):
        return {"$complex": [struct.pack(">d", v.real).hex(), struct.pack(">d", v.imag).hex()]}
    if isinstance(v, bytes):
        return {"$bytes": v.hex()}
    if v is ...:
        return {"$ellipsis": True}
    raise TypeError(f"cannot encode {v!r}")


def dumps(tree):
    return [ast.dump(tree, **opts) for opts in OPTIONS]


def hand_trees():
    """Keep in sync with handTrees() in tests/ast_dump.test.mjs."""
    trees = {}
    # 1. A small expression statement with positions.
    trees["name_load"] = ast.Module(
        body=[
            ast.Expr(
                value=ast.Name(id="x", ctx=ast.Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1),
                lineno=1, col_offset=0, end_lineno=1, end_col_offset=1,
            )
        ],
        type_ignores=[],
    )
    # 2. Optional fields, Constant/MatchSingleton None, None list elements, missing end positions.
    trees["optional"] = ast.Module(
        body=[
            ast.ImportFrom(module=None, names=[ast.alias(name="a", asname=None, lineno=1, col_offset=14,
                                                         end_lineno=1, end_col_offset=15)],
                           level=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15),
            ast.Expr(value=ast.Constant(value=None, lineno=2, col_offset=0), lineno=2, col_offset=0,
                     end_lineno=None, end_col_offset=None),
            ast.Expr(value=ast.Dict(keys=[None, ast.Constant(value="k", kind="u", lineno=3, col_offset=5,
                                                             end_lineno=3, end_col_offset=9)],
                                    values=[ast.Name(id="d", ctx=ast.Load(), lineno=3, col_offset=3, end_lineno=3,
                                                     end_col_offset=4),
                                            ast.Constant(value=..., lineno=3, col_offset=11, end_lineno=3,
                                                         end_col_offset=14)],
                                    lineno=3, col_offset=0, end_lineno=3, end_col_offset=15),
                     lineno=3, col_offset=0, end_lineno=3, end_col_offset=15),
            ast.Match(
                subject=ast.Name(id="s", ctx=ast.Load(), lineno=4, col_offset=6, end_lineno=4, end_col_offset=7),
                cases=[ast.match_case(pattern=ast.MatchSingleton(value=None, lineno=5, col_offset=9, end_lineno=5,
                                                                 end_col_offset=13),
                                      guard=None, body=[ast.Pass(lineno=5, col_offset=15, end_lineno=5,
                                                                 end_col_offset=19)])],
                lineno=4, col_offset=0, end_lineno=5, end_col_offset=19,
            ),
        ],
        type_ignores=[],
    )
    # 3. Positional dumps: None and [] kept aside until a later field needs them.
    trees["positional"] = ast.Expression(
        body=ast.Lambda(
            args=ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None,
                               defaults=[ast.Constant(value=1.5, lineno=1, col_offset=0, end_lineno=1,
                                                      end_col_offset=3)]),
            body=ast.Call(func=ast.Name(id="f", ctx=ast.Load(), lineno=1, col_offset=0, end_lineno=1,
                                        end_col_offset=1),
                          args=[], keywords=[ast.keyword(arg=None, value=ast.Constant(value=b"\x00'", lineno=1,
                                                                                        col_offset=2,
                                                                                        end_lineno=1,
                                                                                        end_col_offset=9),
                                                         lineno=1, col_offset=2, end_lineno=1, end_col_offset=9)],
                          lineno=1, col_offset=0, end_lineno=1, end_col_offset=10),
            lineno=1, col_offset=0, end_lineno=1, end_col_offset=10,
        )
    )
    return trees


def main():
    if sys.version_info[:2] != (3, 13):
        raise SystemExit("run this with CPython 3.13")
    seen = set()
    parsed = []
    for mode, src in SNIPPETS:
        tree = ast.parse(src, "<case>", mode, type_comments=True)
        for n in ast.walk(tree):
            seen.add(type(n).__name__)
        parsed.append({"mode": mode, "source": src, "tree": encode(tree), "dumps": dumps(tree)})
    spec = json.loads((ROOT / "tools" / "ast_spec.json").read_text(encoding="utf-8"))
    concrete = [c["name"] for t in spec["types"] for c in (t["constructors"] if t["kind"] == "sum" else [t])]
    missing = [n for n in concrete if n not in seen]
    if missing:
        raise SystemExit(f"node classes not covered by the snippets: {missing}")
    hand = [{"name": k, "tree": encode(t), "dumps": dumps(t)} for k, t in hand_trees().items()]
    data = {"python": "%d.%d.%d" % sys.version_info[:3], "options": OPTIONS, "hand": hand, "parsed": parsed}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=True) + "\n", encoding="ascii")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(hand)} hand-built trees, {len(parsed)} parsed snippets, "
          f"{len(OPTIONS)} option sets")


if __name__ == "__main__":
    main()
