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
import operator
import random
import re
import sys
import unicodedata
import warnings
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



# ---------------------------------------------------------------------------------------------------
# Cases

def enc(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, int):
        return v if abs(v) < 2**53 else {"int": str(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, str):
        if any(0xD800 <= ord(c) <= 0xDFFF for c in v):
            return {"cp": [ord(c) for c in v]}
        return v
    if isinstance(v, bytes):
        return {"bytes": v.hex()}
    if isinstance(v, bytearray):
        return {"bytearray": v.hex()}
    if isinstance(v, memoryview):
        return {"mv": v.tobytes().hex(), "ro": v.readonly}
    if isinstance(v, tuple):
        return {"tuple": [enc(x) for x in v]}
    if isinstance(v, list):
        return {"list": [enc(x) for x in v]}
    if isinstance(v, dict):
        return {"dict": [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, slice):
        return {"slice": [enc(v.start), enc(v.stop), enc(v.step)]}
    if isinstance(v, type):
        return {"type": v.__name__}
    raise TypeError(f"cannot encode {v!r}")


def result_repr(r):
    if isinstance(r, memoryview):
        return "<memory " + repr(r.tolist()) + ">"
    return re.sub(r"<memory at 0x[0-9a-f]+>", "<memory>", repr(r))


def copy_of(v):
    if isinstance(v, bytearray):
        return bytearray(v)
    if isinstance(v, memoryview):
        if v.readonly:
            return memoryview(v.tobytes())
        return memoryview(bytearray(v.tobytes()))
    return v


CASES = []


OPS = {"add": operator.add, "mul": operator.mul, "mod": operator.mod, "lt": operator.lt, "le": operator.le,
       "eq": operator.eq, "ne": operator.ne, "gt": operator.gt, "ge": operator.ge, "in": operator.contains,
       "iadd": operator.iadd, "imul": operator.imul}


def add_op(op, a, b):
    """An operator (as the VM applies it, reflected methods included): op:add, op:lt, op:in (b in a), ..."""
    case = ["op:" + op, enc(a), [enc(b)], {}]
    try:
        exp = {"r": result_repr(OPS[op](copy_of(a), copy_of(b)))}
    except Exception as e:  # noqa: BLE001
        exp = {"e": type(e).__name__, "m": str(e)}
    CASES.append([*case, exp])


def add(method, recv, *args, **kwargs):
    case = [method, enc(recv), [enc(x) for x in args], {k: enc(v) for k, v in kwargs.items()}]
    r = copy_of(recv)
    a = [copy_of(x) for x in args]
    try:
        if isinstance(r, type):
            if method == "()":
                res = r(*a, **kwargs)
            else:
                res = getattr(r, method)(*a, **kwargs)
        else:
            res = getattr(r, method)(*a, **kwargs)
        exp = {"r": result_repr(res)}
    except Exception as e:  # noqa: BLE001
        exp = {"e": type(e).__name__, "m": str(e)}
    if isinstance(r, bytearray):
        exp["after"] = repr(r)
    CASES.append([*case, exp])


WORDS = [
    "", "a", "A", "abc", "Hello World", "hello world", "HELLO", "hElLo wOrLd", "  padded  ", "\t tab\n",
    "a,b,,c", "1,2,3", "x", "xyz", "aaa", "abcabcabc", "mississippi", "Title Case Words", "snake_case_id",
    "123", "-42", "+7", "0", "3.14", "١٢٣", "²³", "½", "一二三", "Ⅻ", "٣.5",
    "straße", "STRASSE", "ǆemal", "ǅ", "ǲ", "ﬁnance", "ŉ", "İstanbul", "ıi", "ΣΑΣ", "ΌΣΟΣ", "σς", "Σ", "aΣ", "AΣ.",
    "ΑΣ́Β", "Ꭰꭰ", "ა", "Ⴀ", "é", "É", "café", "naïve", "ÅÆØ", "µ", "ÿ", "Ÿ", "ǰ", "ΐ",
    "😀", "a😀b", "😀😀", "𝐀𝐁𝐂", "𝟎𝟏", "𐐀𐐨", "𞤀𞤢", "🎉 party 🎉", "x\U0010ffff",
    "\ud800", "a\udc00b", "\udcff\ud800", "\ud83d",
    "line1\nline2\r\nline3\rline4", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "\n\n", "\r\n",
    "a\u3000b\u00a0c\u2003d", "\x1f\x1e", "tab\there", "\u200b", "\x00\x01", "\x7f",
    "{}", "{0}{1}", "%s%%", "ab\u0301c", "a_1", "_x", "1a", "class", "ℌ", "℘x", "·a", "a·",
]

SEPS = ["", "a", ",", " ", "ab", "😀", "\ud800", "\udc00", "ss", "Σ", "zz", "\n", "é", "abc", "i"]


def str_cases(rng):
    noargs = ["capitalize", "casefold", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
              "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "lower", "swapcase", "title",
              "upper", "__len__", "__repr__", "__str__", "__hash__", "__getnewargs__", "strip",
              "lstrip", "rstrip", "split", "rsplit", "splitlines", "expandtabs", "__iter__"]
    for w in WORDS:
        if w.isascii():
            # the size of a non-ASCII str depends on whether its UTF-8 form was cached
            add("__sizeof__", w)
        for m in noargs:
            if m == "__iter__":
                continue
            add(m, w)
        add("splitlines", w, True)
        add("expandtabs", w, 4)
        add("expandtabs", w, 0)
        add("encode", w)
        for enc_name in ["ascii", "latin-1", "utf-16", "utf-16-be", "utf-32-le", "utf-8-sig"]:
            add("encode", w, enc_name)
        add("encode", w, "unicode_escape")
        add("encode", w, "raw_unicode_escape")
        add("encode", w, "latin-1", "namereplace")
        for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape",
                       "surrogatepass"]:
            if not w.isascii():
                add("encode", w, "utf-8", errors)
                add("encode", w, "ascii", errors)
        for width in [0, 5, 12]:
            add("center", w, width)
            add("ljust", w, width, "*")
            add("rjust", w, width, "😀")
            add("zfill", w, width)
        add("center", w, 9, "\udc00")
        # every separator for a few words, a sample for the others (keeps the file small)
        for sep in SEPS if len(w) > 6 and not w.isascii() else rng.sample(SEPS, 5):
            add("count", w, sep)
            add("find", w, sep)
            add("rfind", w, sep)
            add("index", w, sep)
            add("rindex", w, sep)
            add("startswith", w, sep)
            add("endswith", w, sep)
            add("__contains__", w, sep)
            add("partition", w, sep)
            add("rpartition", w, sep)
            add("split", w, sep)
            add("rsplit", w, sep)
            add("split", w, sep, 1)
            add("rsplit", w, sep, 1)
            add("strip", w, sep)
            add("lstrip", w, sep)
            add("rstrip", w, sep)
            add("removeprefix", w, sep)
            add("removesuffix", w, sep)
            add("replace", w, sep, "<>")
            add("replace", w, sep, "\udc00", 1)
            add("join", sep, [w, w, "x"])
            add("__add__", w, sep)
            add("__eq__", w, sep)
            add("__lt__", w, sep)
            add("__ge__", w, sep)
        for args in [(1,), (-1,), (2, 5), (-3, None), (None, -1), (10, 20), (0, 0)]:
            add("find", w, "a", *args)
            add("count", w, "", *args)
            add("startswith", w, ("a", "😀", ""), *args)
            add("endswith", w, "", *args)
        for k in [0, 1, -1, 3, 100, -100, True]:
            add("__getitem__", w, k)
        for sl in [slice(None), slice(1, None), slice(None, -1), slice(None, None, -1), slice(1, 5, 2),
                   slice(-3, None), slice(5, 1, -2), slice(100, None), slice(None, None, 3)]:
            add("__getitem__", w, sl)
        add("split", w, None, 1)
        add("rsplit", w, None, 1)
        add("split", w, None, 0)
        add("rsplit", w, None, 2)
        add("__mul__", w, 3)
        add("__mul__", w, 0)
        add("__rmul__", w, 2)
        add("translate", w, {ord("a"): "A", ord("b"): None, ord("é"): 0x1F600, 0x1F600: "!"})
        add("translate", w, str.maketrans("aeiou", "AEIOU", "xyz"))
        add("__format__", w, "")
        add("__format__", w, ">10")
        add("__format__", w, "*^9.3")
        add("__format__", w, "😀<6")
    # argument errors
    bad = [1, 1.5, None, b"x", ["a"], ("a", 1)]
    for m in ["count", "find", "index", "rfind", "rindex", "startswith", "endswith", "partition", "rpartition",
              "split", "rsplit", "strip", "lstrip", "rstrip", "removeprefix", "removesuffix", "join", "center",
              "zfill", "expandtabs", "splitlines", "__contains__", "__add__", "__mul__", "__rmul__", "__getitem__",
              "__format__", "encode", "__mod__", "translate", "format_map", "__eq__", "__lt__"]:
        for b in bad:
            if not m.startswith("__") or m in ("__getitem__", "__format__"):
                add(m, "abc", b)
        add(m, "abc")
        add(m, "abc", "a", "b", "c", "d")
    for op in ["add", "mul", "mod", "lt", "eq", "ne", "in", "iadd", "imul"]:
        for b in bad + ["x", 2, True, -1, bytearray(b"x"), memoryview(b"m")]:
            add_op(op, "abc", b)
            # `x in y` and `y *= x` with a y of another type are the VM's and that type's business
            if op != "in" and not (op == "imul" and isinstance(b, memoryview)):
                add_op(op, b, "abc")
    add("replace", "abc", 1, "a")
    add("replace", "abc", "a", 1)
    add("replace", "abc", "a", "b", "c")
    add("replace", "abcabc", "a", "b", count=1)
    add("replace", "abcabc", "a", "b", -1)
    add("replace", "abc", "a")
    add("split", "a b c", sep=None, maxsplit=1)
    add("split", "a b c", maxsplit=1.5)
    add("split", "a b c", foo=1)
    add("rsplit", "a b c", " ", maxsplit=1)
    add("splitlines", "a\nb", keepends=True)
    add("expandtabs", "a\tb", tabsize=2)
    add("expandtabs", "a\tb", 2**40)
    add("encode", "é", encoding="ascii", errors="replace")
    add("encode", "é", "nope")
    add("encode", "\udc80", "utf-8", "nope")
    add("encode", "é", "UTF-8")
    add("encode", "é", "Latin_1")
    add("encode", "é", "u8")
    add("center", "a", 2**70)
    add("center", "a", 5, "ab")
    add("upper", "a", x=1)
    add("center", "a", width=3)
    add("__format__", "abc", 1)
    # maketrans
    for a in [(), (1,), ({},), ({"ab": 1},), ({1.5: 1},), ("ab", "c"), ("a", 1), (1, "a"), ("a", "b", 1),
              ("a", "b", "c", "d"), ({"a": "xy", 98: None, "c": 5},), ("a😀", "😀a"), ("\ud800", "x", "\udc00")]:
        add("maketrans", str, *a)
    # str() construction
    for a, k in [((), {}), (("abc",), {}), ((b"abc",), {}), ((b"abc", "utf-8"), {}), ((b"\xff", "utf-8", "replace"), {}),
                 ((bytearray(b"xy"), "ascii"), {}), ((memoryview(b"q"), "latin-1"), {}), ((1,), {}), ((1.5,), {}),
                 ((None,), {}), (([1, "a"],), {}), (((1,),), {}), (("a", "utf-8"), {}), ((1, "utf-8"), {}),
                 ((b"a", 1), {}), ((b"a", "utf-8", 1), {}), ((b"a", "x", "y", "z"), {}), ((), {"encoding": "utf-8"}),
                 ((), {"encoding": 1}), ((b"a",), {"errors": "strict"}), ((b"a",), {"foo": 1}), ((b"a", "nope"), {}),
                 ((), {"object": "kw"}), ((True,), {}), ((2**80,), {}), ((b"\xe9",), {"encoding": "latin-1"})]:
        add("()", str, *a, **k)
    # hashes of many strings (PYTHONHASHSEED=0 is checked by main)
    for w in WORDS + ["a" * n for n in range(20)] + [chr(c) for c in range(0, 0x300, 7)]:
        add("__hash__", w)
    for _ in range(300):
        n = rng.randrange(0, 40)
        pool = [rng.choice("abcxyz "), chr(rng.randrange(0x80, 0x800)), chr(rng.randrange(0x800, 0xD800)),
                chr(rng.randrange(0x10000, 0x10FFFF))]
        add("__hash__", "".join(rng.choice(pool) for _ in range(n)))
    # comparisons between astral and high-BMP characters (UTF-16 order differs)
    for a in ["\U00010000", "\ue000", "\uffff", "\ud800", "a\U0001f600", "a\uff01", "😀", "\ud83d\ude00"[:1]]:
        for b in ["\U00010000", "\ue000", "\uffff", "\ud800", "a\U0001f600", "a\uff01", "\udbff"]:
            add("__lt__", a, b)
            add("__gt__", a, b)
            add("__eq__", a, b)


FORMAT_STRS = [
    "{}", "{0}", "{1}", "{}{}", "{0}{1}{0}", "{a}", "{a}{b}", "{0!r}", "{0!s}", "{0!a}", "{!r:>8}", "{0:>5}",
    "{0:*^9}", "{0:.2}", "{0:{1}}", "{0:{w}.{p}}", "{{}}", "{{{0}}}", "}}", "{{", "{", "}", "{}}", "{0}{}", "{}{0}",
    "{2}", "{0.}", "{0[}", "{0]}", "{0[0]x}", "{!}", "{!x}", "{!rx}", "{:{:{}}}", "{0!}", "{0!r", "{0:", "{0",
    "{0!\u20ac}", "{[}", "{0[0]}", "{0[a]}", "{0[-1]}", "{\u0661}", "{ 0}", "{0 }", "{-1}", "{99999999999999999999}",
    "{0[99999999999999999999]}", "}}{{", "{:}", "{!s:}", "x{}y{}z", "{0:\U0001f600^7}", "{a.b}", "{0:s}", "{0:d}",
    "{0:=5}", "{0:+}", "{0:#}", "{0: }", "{0:,}", "{0:_}", "{0:z}", "{0:10.3s}", "{0:ss}", "{0:%}",
    "😀{}😀", "{0}\ud800{0}", "{b:>{w}}", "{0:{1}{2}}", "{0:0<6}", "{0:06}", "{0:\u0661\u0662}",
]


def format_cases():
    for f in FORMAT_STRS:
        add("format", f, "abc", "xyz", "<", a="A", b="é", w=6, p=2)
        add("format", f, "😀")
        add("format_map", f, {"a": 1, "b": "bee", "w": 4, "p": 1})
    # printf-style
    pct = [
        ("%s", "a"), ("%s", ("a",)), ("%r", "é"), ("%a", "é😀"), ("%5s|", "ab"), ("%-5s|", "ab"), ("%.1s", "ab"),
        ("%5.3s|", "abcdef"), ("%c", 65), ("%c", "é"), ("%c", "ab"), ("%c", 1.5), ("%c", 0x110000), ("%c", -1),
        ("%c", 0xD800), ("%5c|", "x"), ("%d", 42), ("%d", -42), ("%i", True), ("%u", 7), ("%d", 3.99), ("%d", -2.5),
        ("%d", 2**70), ("%d", "a"), ("%d", None), ("%x", 255), ("%X", 255), ("%#x", 255), ("%#X", 255), ("%#o", 8),
        ("%o", -8), ("%x", -255), ("%#x", -255), ("%x", 1.5), ("%x", True), ("%05d", -3), ("%+05d", 3), ("% d", 3),
        ("%+ d", 3), ("% +d", 3), ("%-5d|", 3), ("%0-5d|", 3), ("%.5d", -3), ("%.5x", 255), ("%#.5x", 255),
        ("%#5x", 255), ("%#05x", 255), ("%-#8x|", 255), ("%-+8x|", 255), ("%#5o", 8), ("%e", 1.5), ("%E", 1e300),
        ("%.0e", 0.5), ("%#.0e", 0.5), ("%.2e", 1.125), ("%g", 1e-5), ("%g", 0.0001), ("%g", 1e16), ("%#g", 1.0),
        ("%G", 1e20), ("%.3g", 123456), ("%10.4g|", -0.0), ("%g", 0.0), ("%#g", 0.0), ("%F", float("inf")),
        ("%f", float("-inf")), ("%f", float("nan")), ("%05.1f", float("nan")), ("%+05.1f", float("inf")),
        ("%010.3f", -3.14159), ("%-010.3f|", -3.14159), ("%08.3e", -1.5), ("%+.3f", 0.0), ("%f", -0.0), ("% .3e", 1),
        ("%.0f", 2.5), ("%.0f", 3.5), ("%.1f", 0.25), ("%.1f", 0.35), ("%f", 1e300), ("%.1000f", 1.0),
        ("%f", 10**400), ("%f", "a"), ("%.17g", 0.1), ("%.20f", 0.1), ("%e", 5e-324), ("%g", 1.7976931348623157e308),
        ("%.15g", 2.0 / 3), ("%#.3g", 100.0), ("%#.3g", 1e-10), ("%.0g", 0.5), ("%#.0f", 3.0), ("%f", 3),
        ("%s %s", ("a",)), ("%s", (1, 2)), ("%y", 1), ("%", 1), ("x%", ()), ("%s%", 1), ("%(a)s", 1),
        ("%(a", {"a": 1}), ("%(a)s", {}), ("%(a)s %(b)d", {"a": 1, "b": 2}), ("%(a)s%%", {"a": 1}),
        ("%(a(b))s", {"a(b)": 5}), ("%(a)*d", {"a": 1}), ("%*d", (5, 1)), ("%*d", (-5, 1)), ("%*d", ("a", 1)),
        ("%.*f", (2, 3.14159)), ("%*.*f", (10, 2, 3.14159)), ("%.*d", ("a", 1)), ("%ld", 5), ("%hd", 5),
        ("%Ld", 5), ("%lld", 5), ("%s", ()), ("%(x)s", [1]), ("abc", []), ("abc", {}), ("abc", "x"), ("abc", b"x"),
        ("%s", {"a": 1}), ("%d %d", {"a": 1}), ("%5%", ()), ("%%", ()), ("%.2147483648f", 1.0),
        ("%99999999999999999999d", 1), ("\u20ac%s", 1), ("%\u20ac", 1), ("%(\u20ac)s", {"\u20ac": 2}),
        ("%s", "\ud83d"), ("%.1s", "\U0001f600x"), ("%3s|", "\U0001f600"), ("😀%s😀%d", ("x", 3)), ("%b", 1),
        ("%s", [1, "a"]), ("%r", ["é"]), ("%s", None), ("%s", 1.5), ("%r", 1e16), ("%s", b"x"), ("%05s", "ab"),
        ("%05c", 65), ("%05r", "a"), ("%+s", "a"), ("%#s", "a"), ("%+5c", "x"), ("%d", float("nan")),
        ("%d", float("inf")), ("%d", 2.5e300), ("%i", 3.5), ("%s", (1,)), ("%s %s", [1, 2]), ("\ud800%s", "\udc00"),
    ]
    for f, a in pct:
        add("__mod__", f, a)
    for f, a in pct:
        try:
            fb = f.encode("ascii")
        except UnicodeEncodeError:
            continue
        a2 = a
        if isinstance(a, str):
            a2 = a.encode("utf-8", "surrogatepass")
        elif isinstance(a, tuple):
            a2 = tuple(x.encode("utf-8", "surrogatepass") if isinstance(x, str) else x for x in a)
        add("__mod__", fb, a2)
        add("__mod__", bytearray(fb), a2)
    for f, a in [(b"%s", b"x"), (b"%s", bytearray(b"y")), (b"%s", memoryview(b"z")), (b"%s", 1), (b"%b", "a"),
                 (b"%r", "\xe9"), (b"%a", b"x"), (b"%c", 256), (b"%c", b"ab"), (b"%c", "a"), (b"%c", 65),
                 (b"%c", bytearray(b"Q")), (b"%d", "a"), (b"%x", 1.5), (b"%f", "a"), (b"%(a)s", {b"a": b"v"}),
                 (b"%(a)s", {"a": b"v"}), (b"abc", b"x"), (b"abc", bytearray(b"x")), (b"abc", "x"), (b"abc", {}),
                 (b"abc", [1]), (b"%\xff", 1), (b"%c", -1), (b"abc", memoryview(b"x")), (b"%c", memoryview(b"x"))]:
        add("__mod__", f, a)
    for spec in ["", "s", "10", "<10", "x^10", "010", "0<10", "=10", "+", " ", "-", "#", "z", ",", "_", ",_", "_,",
                 ".", ".3", "10.3s", "d", "ss", "\u00e9<5", "\u0661\u0662", "99999999999999999999",
                 ".99999999999999999999", "10,s", "10_", "1__", "1,,", "z5", "5z", "<<5", "%", "\x01", "\u20ac",
                 "😀>5", "\ud800<4", "^", ">", "0", "00", "x<", "<.0", "^.1"]:
        for v in ["abc", "", "😀é", "\udc00"]:
            add("__format__", v, spec)


BYTES_WORDS = [
    b"", b"a", b"abc", b"Hello World", b"hello world", b"  padded  ", b"\t tab\n", b"a,b,,c", b"123", b"-42",
    b"+7", b"aaa", b"mississippi", b"Title Case", b"\x00\xff\x80", b"line1\nline2\r\nline3\rline4",
    b"a\x0bb\x0cc\x1cd", b"caf\xc3\xa9", b"\xe2\x82", b"tab\there", b"UPPER", b"MiXeD 12", b"x y", b"\x7f",
]


def bytes_cases(rng):
    for cls in [bytes, bytearray]:
        for w0 in BYTES_WORDS:
            w = cls(w0)
            for m in ["capitalize", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle",
                      "isupper", "lower", "swapcase", "title", "upper", "__len__", "__repr__", "__str__", "hex",
                      "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "expandtabs", "decode",
                      "copy", "reverse", "clear", "pop", "__hash__", "__getnewargs__", "__bytes__"]:
                add(m, w)
            add("splitlines", w, True)
            add("expandtabs", w, 3)
            add("hex", w, ":")
            add("hex", w, ":", 2)
            add("hex", w, b"|", -2)
            for e in ["utf-8", "ascii", "latin-1", "utf-16-le"]:
                for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
                    add("decode", w, e, errors)
            for width in [0, 6, 13]:
                add("center", w, width)
                add("ljust", w, width, b"*")
                add("rjust", w, width, bytearray(b"-"))
                add("zfill", w, width)
            for sep in rng.sample([b"", b"a", b",", b" ", b"ab", b"ss", b"\n", b"zz", bytearray(b"l"), memoryview(b"i"),
                                   97, 300], 6):
                for m in ["count", "find", "rfind", "index", "rindex", "__contains__"]:
                    add(m, w, sep)
                for m in ["startswith", "endswith", "partition", "rpartition", "split", "rsplit", "strip", "lstrip",
                          "rstrip", "removeprefix", "removesuffix", "__add__", "__eq__", "__lt__", "__ge__",
                          "__ne__"]:
                    add(m, w, sep)
                add("split", w, sep, 1)
                add("rsplit", w, sep, 1)
                add("replace", w, sep, b"<>")
                add("replace", w, sep, b"", 1)
                add("join", cls(sep) if not isinstance(sep, int) else w, [w, b"x", bytearray(b"y")])
            for args in [(1,), (-1,), (2, 5), (-3, None), (None, -1), (10, 20)]:
                add("find", w, b"a", *args)
                add("count", w, b"", *args)
                add("startswith", w, (b"a", b"", b"x"), *args)
            for k in [0, 1, -1, 3, 100, -100]:
                add("__getitem__", w, k)
            for sl in [slice(None), slice(1, None), slice(None, None, -1), slice(1, 5, 2), slice(5, 1, -2)]:
                add("__getitem__", w, sl)
            add("__mul__", w, 3)
            add("__rmul__", w, 2)
            add("translate", w, bytes.maketrans(b"abc", b"ABC"))
            add("translate", w, None, b"aeiou")
            add("translate", w, None, delete=b" ")
            if cls is bytearray:
                for op, args in [("append", (33,)), ("append", (256,)), ("append", ("a",)), ("extend", ([1, 2],)),
                                 ("extend", ("ab",)), ("extend", (b"xy",)), ("extend", (5,)), ("extend", (memoryview(b"mv"),)),
                                 ("insert", (0, 65)), ("insert", (100, 66)), ("insert", (-100, 67)), ("insert", (-1, 68)),
                                 ("pop", (0,)), ("pop", (100,)), ("pop", (-1,)), ("remove", (108,)), ("remove", (200,)),
                                 ("__setitem__", (0, 300)), ("__setitem__", (0, 72)), ("__setitem__", (slice(0, 2), b"XYZ")),
                                 ("__setitem__", (slice(0, 4, 2), b"QR")), ("__setitem__", (slice(0, 4, 2), b"Q")),
                                 ("__setitem__", (slice(None), [1, 2, 3])), ("__setitem__", (slice(None), "ab")),
                                 ("__setitem__", (slice(None), 5)), ("__setitem__", (slice(None, None, -1), w0)),
                                 ("__setitem__", (slice(2, 1), b"ins")), ("__setitem__", (-1, 0)), ("__setitem__", (99, 0)),
                                 ("__delitem__", (0,)), ("__delitem__", (slice(None, None, 2),)), ("__delitem__", (99,)),
                                 ("__delitem__", (slice(1, 3),)), ("__delitem__", (slice(None, None, -3),)),
                                 ("__iadd__", (b"!!",)), ("__iadd__", ("x",)), ("__imul__", (2,)), ("__imul__", (-1,)),
                                 ("__setitem__", ("a", 1)), ("__alloc__", ()), ("__sizeof__", ())]:
                    add(op, w, *args)
        # errors
        for m in ["count", "find", "index", "startswith", "endswith", "partition", "split", "strip", "join", "center",
                  "zfill", "__contains__", "__add__", "__mul__", "__getitem__", "decode", "hex", "replace", "translate",
                  "removeprefix", "fromhex", "__mod__"]:
            for b in ["a", 1.5, None, [1], (b"x", "y")]:
                if m not in ("__add__", "__mul__", "__contains__", "__mod__"):
                    add(m, cls(b"abc"), b)
            add(m, cls(b"abc"))
        for op in ["add", "mul", "mod", "lt", "eq", "ne", "in", "iadd", "imul"]:
            for b in ["a", 1.5, None, [1], (b"x", "y"), 2, b"xy", bytearray(b"z"), memoryview(b"m"), 98, 300]:
                add_op(op, cls(b"abc"), b)
                if op != "in" and not (op == "imul" and isinstance(b, memoryview)):
                    add_op(op, b, cls(b"abc"))
        add("upper", cls(b"a"), 1)
        add("replace", cls(b"abc"), b"a", b"x", count=1)
        add("hex", cls(b"abc"), sep=":")
        add("hex", cls(b"abc"), bytes_per_sep=2, sep=":")
        add("hex", cls(b"abc"), "::")
        add("hex", cls(b"abc"), "\xe9")
        add("hex", cls(b"abc"), "")
        add("hex", cls(b"abc"), 1)
        add("decode", cls(b"abc"), 1)
        add("decode", cls(b"abc"), errors=1)
        add("center", cls(b"abc"), 5, memoryview(b"x"))
        for a in ["", "0a", "0a 0b", "0 a", "zz", "0a0", " 0a", "0a ", b"0a", 1, "\u00e9", "0a\t0b", "AbCd",
                  "\u0661\u0662"]:
            add("fromhex", cls, a)
        add("fromhex", cls)
        for a in [(), (b"ab", b"c"), (b"ab", b"cd"), ("ab", b"cd"), (b"ab", "cd"), (bytearray(b"a"), memoryview(b"b"))]:
            add("maketrans", cls, *a)
        for a, k in [((), {}), (("abc",), {}), (("abc", "utf-8"), {}), (("abc",), {"errors": "strict"}),
                     ((b"x", "utf-8"), {}), ((), {"encoding": "utf-8"}), ((), {"errors": "x"}), ((3,), {}), ((-1,), {}),
                     (([1, 2, 300],), {}), (([1, "a"],), {}), ((1.5,), {}), ((memoryview(b"mv"),), {}),
                     (("\xe9", "ascii"), {}), (("\xe9", "latin-1"), {}), (("a", 1), {}), (("a", "utf-8", 1), {}),
                     ((2**70,), {}), (([True, 2],), {}), (([-1],), {}), ((None,), {}), (({1: 2},), {}),
                     ((b"a", "x", "y", "z"), {}), ((bytearray(b"ba"),), {}), ((b"b",), {}), ((("a",),), {}),
                     (("\ud800", "utf-8", "surrogatepass"), {}), ((["a"],), {}), ((), {"source": b"kw"})]:
            add("()", cls, *a, **k)
    # comparisons across types
    for a in [b"abc", bytearray(b"abc"), memoryview(b"abc")]:
        for b in [b"abc", b"abd", bytearray(b"ab"), memoryview(b"abc"), "abc", 1]:
            for m in ["__eq__", "__ne__", "__lt__"]:
                add(m, a, b)
    # decoding corner cases
    dec = [b"\xff", b"\xe2\x82", b"\xe2\x28\xa1", b"\xf0\x9f\x98", b"\xf0\x9f\x98x", b"\xed\xa0\x80", b"\xc0\x80",
           b"\xf5\x80\x80\x80", b"\xe0\x80\x80", b"\xf4\x90\x80\x80", b"a\x80b", b"\xc3", b"\xe2\x82\xac\xe2",
           b"\xed\xa0\x80\xed\xb0\x80", b"\xef\xbb\xbfabc", b"\xf0\x9f\x98\x80", b"\x80\x80\x80", b"abc\xffdef"]
    for d in dec:
        for e in ["utf-8", "utf-8-sig", "ascii", "latin-1"]:
            for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass",
                           "nope"]:
                add("decode", d, e, errors)
    u16 = [(b"a", "utf-16"), (b"a\x00b", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdc", "utf-16-le"),
           (b"\x00\xd8", "utf-16-le"), (b"\xff\xfea\x00", "utf-16"), (b"\xfe\xff\x00a", "utf-16"), (b"a\x00", "utf-16"),
           (b"\x00\xd8", "utf-16"), (b"\x00\xd8\x00\xd8\x00\xdc", "utf-16-le"), (b"\xd8\x3d\xde\x00", "utf-16-be"),
           (b"a\x00\x00\x00", "utf-32"), (b"a\x00\x00", "utf-32-le"), (b"\x00\x00\x11\x00", "utf-32-le"),
           (b"\x00\xd8\x00\x00", "utf-32-le"), (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32"),
           (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32"), (b"\x00\xd8\x00\x00", "utf-32"), (b"\x00\x01\xf6\x00", "utf-32-be")]
    for d, e in u16:
        for errors in ["strict", "replace", "surrogatepass", "backslashreplace", "ignore", "surrogateescape"]:
            add("decode", d, e, errors)
    esc = [b"a\\n\\x41\\u00e9\\U0001f600\\N{BULLET}\\101\\q\\\n", b"\\x4", b"\\x4g", b"\\u12", b"\\N{nope}",
           b"\\", b"\xe9", b"\\U00110000", b"\\\\u0041", b"\\\\\\u0041", b"\\u0041\\", b"\\N", b"\\N{abc",
           b"\\Nx", b"\\N{}x", b"\\0\\12\\777", b"\\'\\\"\\a\\b\\f\\v\\t", b"\\ud800\\udc00"]
    for d in esc:
        for e in ["unicode_escape", "raw_unicode_escape", "unicode-escape"]:
            for errors in ["strict", "replace", "backslashreplace", "ignore"]:
                add("decode", d, e, errors)
    for e in ["UTF8", "utf 8", "U8", "latin1", "iso-8859-1", "L1", "us-ascii", "646", "utf16", "UTF-32BE",
              "utf_8_sig", "cp65001", "utf-8.", "nope", "utf8-sig", "Latin-1"]:
        add("decode", b"abc", e)
    # memoryview
    for src in [b"abcdef", bytearray(b"abcdef")]:
        m = memoryview(src)
        for name in ["tobytes", "tolist", "hex", "__len__", "release", "toreadonly", "__hash__"]:
            add(name, m)
        for k in [0, -1, 10, "a", slice(1, 3), slice(None, None, 2), slice(None, None, -1)]:
            add("__getitem__", m, k)
        for k, v in [(0, 65), (0, 256), (0, b"x"), (slice(0, 2), b"QR"), (slice(0, 2), b"Q"), (10, 1),
                     (slice(None, None, 2), b"XYZ")]:
            add("__setitem__", m, k, v)
        for other in [b"abcdef", b"abc", "abcdef", bytearray(b"abcdef"), memoryview(b"abcdef")]:
            add("__eq__", m, other)
            add("__ne__", m, other)
        add("cast", m, "c")
        add("cast", m, "B")
        add("cast", m, "x")
    for a in [(b"ab",), (bytearray(b"xy"),), ("abc",), (1,), ()]:
        add("()", memoryview, *a)
    for t in [str, bytes, bytearray, memoryview]:
        for a in [(), (1,), (int,), (bytes,), (str,)]:
            add("__new__", t, *a)


def property_tables():
    """Run-length encodings, over every code point, of CPython's answers (see tables())."""
    def runs_of(pred):
        return ",".join(base36(n) for n in runs(pred))

    t = {}
    for name in ["isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "isupper", "islower", "istitle",
                 "isprintable", "isidentifier", "isalnum"]:
        f = getattr(str, name)
        t[name] = runs_of(lambda cp, f=f: f(chr(cp)))
    t["xid_continue"] = runs_of(lambda cp: ("a" + chr(cp)).isidentifier())
    # Cased and Case_Ignorable, seen through title() and the final-sigma rule of lower()
    t["cased"] = runs_of(lambda cp: ("a" + chr(cp) + "a").title()[-1] == "a")
    t["sigma_end"] = runs_of(lambda cp: ("A\u03a3" + chr(cp)).lower()[1] == "\u03c2")
    t["sigma_mid"] = runs_of(lambda cp: ("A\u03a3" + chr(cp) + "A").lower()[1] == "\u03c2")
    maps = {}
    for name in ["upper", "lower", "title", "casefold", "swapcase", "capitalize"]:
        f = getattr(str, name)
        items = []
        for cp in range(0x110000):
            c = chr(cp)
            r = f(c)
            if r != c:
                items.append([cp, [ord(x) for x in r]])
        maps[name] = items
    t["maps"] = maps
    return t



# ---------------------------------------------------------------------------------------------------
# Programs: run through the whole VM (compiler, eval loop, f-strings, classes) by tests/strings.test.mjs

PROGRAMS = {
    "fstrings_and_format": """
x, name, pi = 42, "Wörld", 3.14159
print(f"{name!r:>12}|{x:05d}|{pi:.2f}|{x=}|{name.upper()}|{'q'}|{pi:{8}.{3}}|{x:#x}|{x:,}")
print("{} {}".format(1, 2), "{0}{1}{0}".format("a", "b"), "{x:>5}|{y:<5}|".format(x=1, y="z"))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0[1]} {0[0]}".format(["a", "b"]), "{:,}".format(1234567))
print("{0.real} {0.imag}".format(3), "{a[k]}".format(a={"k": "v"}), "{:^9}|".format("mid"), "{:*<6}".format(7))
print(format("abc", ">6"), format(42, "05d"), format(1.5, "e"), format("x", ""), "{}".format(None))
for spec in ["", "<5", ">5", "^5", "x^7", ".2", "5.1"]:
    print(repr(format("héllo", spec)))
for bad in ["{", "}", "{0}{}", "{2}", "{0!x}", "{:d}", "{a}"]:
    try:
        bad.format("s")
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
""",
    "percent": """
print("%s %r %d %5.2f %x %o %e %g %%" % ("a", "b", 42, 3.14159, 255, 8, 12345.678, 0.0001))
print("%(a)s-%(b)05d" % {"a": "A", "b": 42}, "%-5s|" % "ab", "%c%c" % (65, "é"), "%+d % d" % (3, 4))
print("%#x %#o %X %.3s %10.4f|%-10.2e|" % (255, 8, 255, "abcdef", 2.5, 12345.0))
print(b"%s %d %x %c %r" % (b"x", 5, 255, 66, "é"), bytearray(b"%s!") % b"hi")
for f, a in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%y", 1), ("%(a)s", 1), ("%c", "ab")]:
    try:
        print(f % a)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
""",
    "unicode": """
s = "Hello, Wörld! 😀"
print(s, len(s), s[7:], s[-1], s[::-1], s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title())
print(repr(s), ascii(s), s.encode(), s.encode("utf-16-le"), s.encode("ascii", "replace"), s.encode("ascii", "xmlcharrefreplace"))
print("ß".upper(), "İ".lower(), "ǆ".title(), "ΣΑΣ".lower(), "ﬁ".upper(), "Straße".casefold(), "ὈΔΥΣΣΕΎΣ".lower())
print("abc".isalpha(), "123".isdigit(), "½".isnumeric(), "²".isdecimal(), "a b".isspace(), "Abc Def".istitle(), "_x1".isidentifier())
print([c for c in "a😀b"], [ord(c) for c in "a😀\\u00e9"], chr(128512), "😀" in s, s.find("😀"), s.index("W"))
print(len("\\ud800\\udc00"), chr(0xD800) + chr(0xDC00) == chr(0x10000), repr("\\ud800" + "\\udc00"), ascii("\\udcff"))
print("a\\u0301" == "á", len("नमस्ते"), "नमस्ते"[2], "ꙮ".upper(), "𐐨".upper(), "ǰ".upper(), "ŉ".upper())
print("x\\u3000y\\u2029z".split(), "a\\x1cb\\x85c".splitlines(), "\\t".join("abc").expandtabs(4))
print(b"\\xff\\xfe".decode("utf-8", "replace"), b"caf\\xc3\\xa9".decode(), b"\\xe9".decode("latin-1"), b"\\x80".decode("ascii", "backslashreplace"))
print("é".encode("utf-8").decode("utf-8") == "é", "\\udcff".encode("utf-8", "surrogateescape"), repr(b"\\xff".decode("utf-8", "surrogateescape")))
try:
    b"\\xff".decode()
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.reason, e.encoding)
try:
    "é😀".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
""",
    "methods": """
s = "  The quick brown fox  "
print(s.split(), s.strip().split(" ", 2), s.rsplit(None, 1), s.partition("quick"), s.rpartition("x"))
print(s.find("q"), s.rfind("o"), s.count("o"), s.startswith("  T"), s.endswith(("x", "  ")), s.replace(" ", "_", 3))
print(s.center(30, "*"), s.ljust(28, "-") + "|", s.rjust(28) + "|", "42".zfill(5), "-42".zfill(6), "+7".zfill(3))
print(",".join(["a", "b", "c"]), "-".join("xyz"), "".join([str(i) for i in range(5)]), " ".join(()))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "1\\n2\\r\\n3".splitlines(), "1\\n2".splitlines(True))
print("abc".translate(str.maketrans("ab", "xy", "c")), "hello".translate({ord("l"): None, ord("o"): "0"}))
print("abcabc".removeprefix("ab"), "x.py".removesuffix(".py"), "mississippi".replace("ss", "SS"), "aaa".replace("a", "b", 2))
print("Hello World".swapcase(), "hello world".capitalize(), "they're bill's".title(), "ABC".isupper(), "abc".islower())
print(sorted(["b", "a", "C", "é"]), max("abc"), min("xyz"), "a" < "b", "abc" < "abd", "Z" < "a", "" < "a")
print("abc" * 3, 2 * "ab", "a" + "b", "abc"[1], "abc"[-1], "abc"[:-1], "abcdef"[1:5:2], "abc"[10:], list("abc"[::-1]))
print(str(12), str(3.5), str(None), str([1, "a"]), str(b"x"), str(b"x", "ascii"), repr("it's"), repr('say "hi"'), repr("both'\\"\\n"))
for f, args in [("index", ("z",)), ("__getitem__", (10,)), ("split", ("",)), ("center", (5, "ab")), ("join", ([1],))]:
    try:
        getattr("abc", f)(*args)
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "abc" + 1
except TypeError as e:
    print(e)
try:
    "abc" * 1.5
except TypeError as e:
    print(e)
""",
    "subclass": """
class S(str):
    def shout(self):
        return self.upper() + "!"
t = S("hey")
print(t, t.shout(), type(t).__name__, isinstance(t, str), t + "x", len(t), t == "hey", {t: 1}["hey"], repr(t), str(t))
print(type(t.upper()).__name__, type(t[0]).__name__, type(str(t)).__name__, t.split("e"), f"{t}!", "%s" % t)
t.attr = 5
print(t.attr, hash(t) == hash("hey"), sorted([S("b"), "a"]))
class B(bytes):
    pass
b = B(b"abc")
print(b, type(b).__name__, b.upper(), len(b), b == b"abc", b[0], isinstance(b, bytes))
class BA(bytearray):
    pass
ba = BA(b"xy")
ba.append(122)
print(ba, type(ba).__name__, len(ba))
""",
    "mixed": """
print(str.upper("x"), list(map(str.upper, ["a", "b"])), sorted(["B", "a", "C"], key=str.lower), str.join("-", ["a", "b"]))
class S(str):
    pass
d = {"k": 1}
print(d[S("k")], S("k") in d, {S("a"): 1}, "%s|%r" % (S("x"), S("y")), f"{S('z')!r:^9}|", "{:>{w}}".format("a", w=5))
print(len({b"a", b"a", bytearray(b"a").decode()}), bytes(bytearray(b"xy")), str(bytearray(b"q")), int.from_bytes(b"\\x01\\x00", "big"))
ba = bytearray(b"0123456789")
ba[2:5] = ba[0:2]
ba[::3] = b"abc"
print(ba, ba[::-1], ba.count(b"a"), ba.find(b"4"), ba.replace(b"a", b"AA"))
mv = memoryview(ba)
ba[0] = 65
print(mv[0], bytes(mv[:3]), mv.tolist()[:4])
print("".join(reversed("abc")), "😀".encode().decode(), "a\\u0300".upper(), "ǅ".lower(), "ǅ".upper(), "ǅ".istitle())
print("{0:%}".format(0.25), "{:e}".format(12345), "{:>08.2f}".format(-3.14159), "{:+,}".format(1234567), "{!r:>6}".format(1))
words = "the rain in spain stays mainly in the plain".split()

print(max(words, key=len), "-".join(w.capitalize() for w in words))
print("%-10s|%10s|" % ("left", "right"), "%.3s" % "abcdef", "%5.1f%%" % 99.44, "%x %X %o %c" % (255, 255, 8, 97))
print(b"%5s|%-5s|" % (b"ab", b"cd"), b"%02x" % 10, bytearray(b"x") * 3, 3 * b"ab")
s = "abcdefghij"
print(s[::2], s[1::3], s[-3:], s[:-3], s[::-2], s[100:], s[-100:2], s[5:2], s[2:5:-1])
t = "x" * 10 + "y"
print(t.index("y"), t.rfind("x"), t.partition("y"), t.rsplit("x", 2), t.strip("x"), t.center(15, "·"))
print("tab\\tsep".expandtabs(), "a\\nb\\rc\\r\\nd\\x0be\\x0cf\\x1cg\\x1dh\\x1ei\\x85j\\u2028k\\u2029l".splitlines())
print("Ω".encode("utf-16"), "Ω".encode("utf-32-be"), b"\\xff\\xfe\\xa9\\x03".decode("utf-16"), "ü".encode("latin-1").decode("latin-1"))
print(hash("") , hash(b""), hash("a") == hash(S("a")), "abc".__hash__() == hash("abc"))
print("a b c".split(maxsplit=1), "a,b,c".rsplit(",", maxsplit=1), "a\\tb".split("\\t"), " a ".split(" "))
print(repr("\\x00\\x7f\\x80\\xff\\u0100\\uffff\\U00010000\\U0010ffff"), ascii("é\\x00"), repr(b"\\x00\\x7f\\x80\\xff'\\""))
print("z" > "a" > "", ["b", "a"] < ["b", "c"], ("a", 1) < ("a", 2), "abc".__lt__("abd"), "é" > "z")
print(f"{'nested {braces}'}", f"{{literal}}", f"{3+4=}", f"{'a'!a}", f"{123:_>8}", f"{'x':{'^'}{5}}")
""",
    "bytes": """
b = b"hello world"
print(b.upper(), b.split(), b[0], b[1:3], b.find(b"o"), b.count(b"l"), b.replace(b"l", b"L"), b.hex(), bytes.fromhex("de ad"))
print(b.title(), b.center(15, b"*"), b.startswith(b"he"), 111 in b, b"wor" in b, b.index(111), b.rstrip(b"dl"), b.partition(b" "))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(3)), b"ab" + bytearray(b"cd"), b"ab" * 2, b"abc" == bytearray(b"abc"))
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65; ba += b"!"; del ba[1]; ba.insert(0, 48); ba[1:3] = b"XYZ"
print(ba, len(ba), ba.pop(), ba, bytes(ba), list(ba), ba.decode(), ba.hex(":"))
ba.reverse(); print(ba); ba.remove(90); print(ba); ba.clear(); print(ba, ba == b"")
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[1:4]), mv.tolist()[:3], mv.nbytes, mv.readonly, mv.format, mv.itemsize, mv == b"abcdef", mv[::2].tobytes())
buf = bytearray(b"12345")
m2 = memoryview(buf)
m2[0] = 57
m2[1:3] = b"ab"
print(buf, m2.readonly, m2.hex())
d = {b"k": 1, bytearray(b"z").decode(): 2}
print(d[b"k"], hash(b"k") == hash(b"k"), sorted([b"b", b"a", b"ab"]))
for expr in ["bytes('x')", "b'a' + 'b'", "bytearray(b'a')[5]", "b'abc'.index(b'z')", "bytes([300])", "hash(bytearray())"]:
    try:
        eval(expr)
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
""",
}


def run_programs():
    import subprocess

    out = []
    for name, src in PROGRAMS.items():
        r = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True, env={"PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"})
        assert r.returncode == 0, (name, r.stderr)
        out.append([name, src, r.stdout])
    return out


CHAR_POOL = "aAbBzZ09 _-.,\t\n\r\x0b\x1c\x85\xa0\u2028\u3000éÉßİıσΣςǅǆﬁ½²٣一😀𝐀\U0010ffff\ud800\udc00\udbff{}%()"


def random_cases(rng):
    """Random strings and arguments for the methods with the most branches."""
    def rstr(n=None):
        n = rng.randrange(0, 12) if n is None else n
        return "".join(rng.choice(CHAR_POOL) for _ in range(n))

    def rint():
        return rng.choice([0, 1, 2, 3, -1, -2, 5, 10, -20, 100, None])

    for _ in range(1000):
        w = rstr()
        sub = rstr(rng.randrange(0, 3))
        m = rng.choice(["find", "rfind", "count", "startswith", "endswith", "index", "rindex"])
        args = [sub]
        if rng.random() < 0.6:
            args.append(rint())
            if rng.random() < 0.5:
                args.append(rint())
        add(m, w, *args)
        m = rng.choice(["split", "rsplit"])
        sep = rng.choice([None, sub or " ", rstr(1) or "a"])
        add(m, w, sep, rng.choice([-1, 0, 1, 2, 5]))
        add("replace", w, sub, rstr(rng.randrange(0, 3)), rng.choice([-1, 0, 1, 2]))
        add(rng.choice(["strip", "lstrip", "rstrip"]), w, rng.choice([None, sub, rstr(3)]))
        add(rng.choice(["partition", "rpartition"]), w, sub or "a")
        add(rng.choice(["center", "ljust", "rjust"]), w, rng.randrange(0, 16), rng.choice(CHAR_POOL))
        add(rng.choice(["upper", "lower", "title", "swapcase", "capitalize", "casefold", "splitlines", "expandtabs",
                        "isidentifier", "istitle", "isupper", "islower", "isspace", "isprintable", "zfill"]), w,
            *([rng.randrange(0, 12)] if rng.random() < 0.1 else []))
        add("__getitem__", w, slice(rint(), rint(), rng.choice([None, 1, 2, -1, -3])))
        add("__format__", w, rng.choice(["", ">8", "^9.2", "*<5", ".0", "\U0001f600^7.3", "08", "=8"]))
        add("__mod__", rng.choice(["%s|%r", "%-6s|%.2a", "%5c", "%(k)s"]),
            {"k": w} if rng.random() < 0.3 else (w, w[:1] or "x"))
        add("encode", w, rng.choice(["utf-8", "utf-16", "ascii", "latin-1", "utf-32-be", "unicode_escape"]),
            rng.choice(["strict", "replace", "ignore", "backslashreplace", "surrogatepass", "surrogateescape",
                        "xmlcharrefreplace", "namereplace"]))
        add("__lt__", w, rstr())
        add("__hash__", w)
    for _ in range(500):
        data = bytes(rng.choice([0, 9, 10, 13, 32, 48, 65, 97, 122, 127, 128, 195, 169, 255, 0xED, 0xA0, 0xF0, 0x9F])
                     for _ in range(rng.randrange(0, 10)))
        add("decode", data, rng.choice(["utf-8", "utf-16-le", "utf-16", "ascii", "latin-1", "utf-32", "utf-8-sig"]),
            rng.choice(["strict", "replace", "ignore", "backslashreplace", "surrogatepass", "surrogateescape"]))
        sub = bytes(rng.choice(b"a0 \n\xff") for _ in range(rng.randrange(0, 3)))
        cls = rng.choice([bytes, bytearray])
        add(rng.choice(["find", "rfind", "count", "split", "rsplit", "replace", "strip", "partition", "startswith"]),
            cls(data), *([sub] if rng.random() < 0.5 else [sub, b"X"] if rng.random() < 0.5 else [sub or b" "]))


def generate():
    warnings.simplefilter("ignore")  # invalid escapes in the unicode_escape cases
    rng = random.Random(1313)
    random_cases(rng)
    str_cases(rng)
    format_cases()
    bytes_cases(rng)
    return {"cases": CASES, "unicode": property_tables(), "programs": run_programs()}


def import_cases():
    import os

    if os.environ.get("PYTHONHASHSEED") != "0":
        # str and bytes hashes are only reproducible with a fixed seed; CPython's is zero here
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])
    data = generate()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=True, separators=(",", ":")) + "\n")
    print(f"wrote {len(data['cases'])} cases to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
