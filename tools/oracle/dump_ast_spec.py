#!/usr/bin/env python3
"""Write tools/ast_spec.json: the shape of every node class of CPython's `ast` module.

Run with CPython 3.13 from the repository root:

    python3.13 tools/oracle/dump_ast_spec.py

The output is deterministic. Types and constructors appear in CPython's order (the order of
Parser/Python.asdl, which is the order in which _ast creates its classes and therefore the order of
`AST.__subclasses__()`). Only the classes of the C module `_ast` are described; the deprecated
pure-Python aliases of ast.py (Num, Str, Bytes, NameConstant, Ellipsis, slice, Index, ExtSlice, Suite,
AugLoad, AugStore, Param) are left out.

Schema:
  {
    "python": "3.13.0",
    "unicode": "15.1.0",
    "types": [                       # ASDL types, in ASDL order
      { "kind": "sum", "name": "stmt", "doc": "...",
        "attributes": [ {"name": "lineno", "type": "int", "quantifier": ""}, ... ],
        "constructors": [ {"name": "FunctionDef", "doc": "...", "fields": [ FIELD, ... ]}, ... ] },
      { "kind": "product", "name": "arguments", "doc": "...", "fields": [...], "attributes": [...] },
      ...
    ]
  }
  FIELD = {"name": "returns", "type": "expr", "quantifier": "?"}
  quantifier: "" (exactly one), "?" (optional: the class attribute defaults to None), "*" (a list).
"""

import _ast
import ast
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tools" / "ast_spec.json"

BUILTIN_TYPES = {"identifier", "string", "int", "constant"}
ATTRIBUTE_NAMES = ("lineno", "col_offset", "end_lineno", "end_col_offset")

FIELD_RE = re.compile(r"^(\w+)([?*]?) (\w+)$")


def real_ast_class(cls):
    return getattr(_ast, cls.__name__, None) is cls


def parse_signature(doc, name):
    """Parse "Name(identifier id, expr_context ctx)" -> [(type, quantifier, name)]; "Load" -> []."""
    doc = doc.strip()
    if doc == name:
        return []
    m = re.fullmatch(re.escape(name) + r"\((.*)\)", doc, re.S)
    if not m:
        raise SystemExit(f"cannot parse signature of {name}: {doc!r}")
    out = []
    for part in m.group(1).split(","):
        fm = FIELD_RE.match(part.strip())
        if not fm:
            raise SystemExit(f"cannot parse field {part!r} of {name}")
        out.append((fm.group(1), fm.group(2), fm.group(3)))
    return out


def expected_field_type(asdl_type, quantifier):
    if asdl_type in ("identifier", "string"):
        base = str
    elif asdl_type == "int":
        base = int
    elif asdl_type == "constant":
        base = object
    else:
        base = getattr(ast, asdl_type)
    if quantifier == "*":
        return list[base]
    if quantifier == "?":
        return base | None
    return base


def describe_fields(cls):
    sig = parse_signature(cls.__doc__, cls.__name__)
    names = tuple(n for _, _, n in sig)
    if names != cls._fields:
        raise SystemExit(f"{cls.__name__}: doc fields {names} != _fields {cls._fields}")
    fields = []
    for asdl_type, quantifier, name in sig:
        if asdl_type not in BUILTIN_TYPES and not real_ast_class(getattr(ast, asdl_type, None)):
            raise SystemExit(f"{cls.__name__}.{name}: unknown type {asdl_type}")
        # The rule ast.dump uses: an optional field has a class attribute set to None.
        is_optional = getattr(cls, name, ...) is None
        if is_optional != (quantifier == "?"):
            raise SystemExit(f"{cls.__name__}.{name}: quantifier {quantifier!r} but class default {is_optional}")
        want = expected_field_type(asdl_type, quantifier)
        got = cls._field_types[name]
        if got != want:
            raise SystemExit(f"{cls.__name__}.{name}: _field_types says {got!r}, expected {want!r}")
        fields.append({"name": name, "type": asdl_type, "quantifier": quantifier})
    return fields


def describe_attributes(cls):
    attrs = []
    for name in cls._attributes:
        if name not in ATTRIBUTE_NAMES:
            raise SystemExit(f"{cls.__name__}: unexpected attribute {name}")
        quantifier = "?" if getattr(cls, name, ...) is None else ""
        attrs.append({"name": name, "type": "int", "quantifier": quantifier})
    return attrs


def main():
    if sys.version_info[:2] != (3, 13):
        raise SystemExit("run this with CPython 3.13")
    types = []
    seen = set()
    for base in ast.AST.__subclasses__():
        if not real_ast_class(base):
            continue
        subs = [c for c in base.__subclasses__() if real_ast_class(c)]
        seen.add(base.__name__)
        if subs:
            attrs = describe_attributes(base)
            constructors = []
            for c in subs:
                if c.__subclasses__() and any(real_ast_class(s) for s in c.__subclasses__()):
                    raise SystemExit(f"unexpected deeper hierarchy under {c.__name__}")
                if describe_attributes(c) != attrs:
                    raise SystemExit(f"{c.__name__}: attributes differ from its base {base.__name__}")
                seen.add(c.__name__)
                constructors.append({"name": c.__name__, "doc": c.__doc__, "fields": describe_fields(c)})
            types.append(
                {
                    "kind": "sum",
                    "name": base.__name__,
                    "doc": base.__doc__,
                    "attributes": attrs,
                    "constructors": constructors,
                }
            )
        else:
            types.append(
                {
                    "kind": "product",
                    "name": base.__name__,
                    "doc": base.__doc__,
                    "fields": describe_fields(base),
                    "attributes": describe_attributes(base),
                }
            )
    all_classes = {
        n for n, v in vars(_ast).items() if isinstance(v, type) and issubclass(v, ast.AST) and n != "AST"
    }
    if all_classes != seen:
        raise SystemExit(f"classes not covered: {sorted(all_classes - seen)}")
    spec = {
        "python": "%d.%d.%d" % sys.version_info[:3],
        "unicode": unicodedata.unidata_version,
        "types": types,
    }
    # json.dumps(indent=2) output is also what `biome format` produces for this file.
    text = json.dumps(spec, indent=2, ensure_ascii=False)
    OUT.write_text(text + "\n", encoding="utf-8")
    n = sum(len(t["constructors"]) if t["kind"] == "sum" else 1 for t in types)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(types)} types, {n} concrete node classes")


if __name__ == "__main__":
    main()
