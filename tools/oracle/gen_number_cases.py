#!/usr/bin/env python3
"""Write tests/numbers/cases.json: operations on int, bool, float and complex with CPython 3.13's results,
for tests/numbers.test.mjs.

Run with CPython 3.13 from the repository root:

    python3.13 tools/oracle/gen_number_cases.py

The file maps a group name (for reporting, e.g. "int op int", "format float") to its cases, each
[op, args, result]:
  op      an operation name known to both this script (OPS below) and the test
  args    encoded values
  result  an encoded value, or {"x": [exception type name, str(exception)]}

Value encodings:
  "i123", "i-0x1f"        int (decimal, or hex when large)
  true, false             bool
  "f3ff0000000000000"     float: "f" + the IEEE 754 bits, big-endian hex
  "c<bits><bits>"         complex: real and imaginary bits
  "stext"                 str: "s" + the text
  "y00ff"                 bytes: "y" + hex
  ["t", ...], ["l", ...]  tuple, list
  null                    None
  "NI"                    NotImplemented
The output is deterministic (fixed random seed).

It also runs every tests/numbers/programs/<name>.py (cwd = that directory, PYTHONHASHSEED=0,
PYTHONIOENCODING=utf-8) and writes its stdout and exit code to <name>.expected.json.
"""

import json
import math
import operator
import os
import random
import struct
import subprocess
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "numbers" / "cases.json"
PROGRAMS = ROOT / "tests" / "numbers" / "programs"

warnings.simplefilter("ignore")


def bits(x):
    return struct.pack(">d", x).hex()


def enc(v):
    if v is None:
        return None
    if v is NotImplemented:
        return "NI"
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return "i" + (str(v) if abs(v) < 10**30 else hex(v))
    if isinstance(v, float):
        return "f" + bits(v)
    if isinstance(v, complex):
        return "c" + bits(v.real) + bits(v.imag)
    if isinstance(v, str):
        return "s" + v
    if isinstance(v, (bytes, bytearray)):
        return "y" + bytes(v).hex()
    if isinstance(v, tuple):
        return ["t"] + [enc(x) for x in v]
    if isinstance(v, list):
        return ["l"] + [enc(x) for x in v]
    raise TypeError(f"cannot encode {v!r}")


def meth(name):
    return lambda self, *a: getattr(self, name)(*a)


OPS = {
    "add": operator.add,
    "sub": operator.sub,
    "mul": operator.mul,
    "truediv": operator.truediv,
    "floordiv": operator.floordiv,
    "mod": operator.mod,
    "pow": operator.pow,
    "lshift": operator.lshift,
    "rshift": operator.rshift,
    "and": operator.and_,
    "or": operator.or_,
    "xor": operator.xor,
    "divmod": divmod,
    "pow3": pow,
    "lt": operator.lt,
    "le": operator.le,
    "eq": operator.eq,
    "ne": operator.ne,
    "gt": operator.gt,
    "ge": operator.ge,
    "neg": operator.neg,
    "pos": operator.pos,
    "abs": abs,
    "invert": operator.invert,
    "truth": bool,
    "int": int,
    "float": float,
    "complex": complex,
    "bool": bool,
    "hash": hash,
    "repr": repr,
    "str": str,
    "format": format,
    "round": round,
    "trunc": math.trunc,
    "floor": math.floor,
    "ceil": math.ceil,
    "float.fromhex": float.fromhex,
    "int.from_bytes": int.from_bytes,
    "real": lambda x: x.real,
    "imag": lambda x: x.imag,
    "numerator": lambda x: x.numerator,
    "denominator": lambda x: x.denominator,
}
for name in ["bit_length", "bit_count", "to_bytes", "as_integer_ratio", "is_integer", "conjugate", "hex",
             "__trunc__", "__floor__", "__ceil__", "__round__", "__index__", "__int__", "__float__",
             "__getnewargs__", "__format__", "__pow__", "__rpow__", "__add__", "__radd__", "__sub__",
             "__rsub__", "__truediv__", "__rtruediv__", "__eq__", "__lt__", "__complex__", "__divmod__",
             "__rdivmod__", "__mod__", "__rmod__", "__floordiv__", "__rfloordiv__", "__and__", "__rand__"]:
    OPS["." + name] = meth(name)

cases = []


def has_nan(v):
    if isinstance(v, float):
        return math.isnan(v)
    if isinstance(v, complex):
        return math.isnan(v.real) or math.isnan(v.imag)
    return False


def add(group, op, *args):
    if op == "hash" and has_nan(args[0]):
        return  # NaNs hash by identity
    try:
        r = OPS[op](*args)
    except Exception as e:
        res = {"x": [type(e).__name__, str(e)]}
    else:
        res = enc(r)
    cases.append([group, op, [enc(a) for a in args], res])


INTS = [
    0, 1, -1, 2, -2, 3, -3, 5, 7, -7, 10, 13, 255, 256, -256, 1000, 2**31 - 1, 2**31, -2**31, 2**32, 2**52,
    2**53 - 1, 2**53, 2**53 + 1, -(2**53), -(2**53 + 1), 2**63 - 1, 2**63, 2**64, -(2**64), 10**20, 3**40,
    -(3**41), 2**100, -(2**100) + 1, 10**30 + 7, 2**1000, -(2**1000), 2**1024 - 2**970, 2**1024 - 2**971,
    12345678901234567890, 999999999999999999, True, False,
]

FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 0.3, 1 / 3, 2 / 3, 3.0, 7.0, -7.5, 1e-5, 1e-7,
    123.456, 1e16, 1e22, 1e23, 2.0**52, 2.0**53, 2.0**53 + 2, 1e300, -1e300, 1.7976931348623157e308,
    5e-324, 2.2250738585072014e-308, 1e-310, float("inf"), -float("inf"), float("nan"), 0.1 + 0.2, 4.35,
    2.675, 1e100, 12345.6789, -0.001, math.pi, math.e, 1.0000000000000002, 0.9999999999999999, 9.5, -1e-300,
]

COMPLEXES = [
    0j, 1j, -1j, 1 + 2j, -1.5 + 0.5j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), 1e300 + 1e300j,
    complex(float("inf"), 1), complex(float("nan"), 0), 3 + 4j, 0.5 - 2j, complex(1, float("inf")), 1e-300j,
    2 + 0j, -3 - 0j, 0.1 + 0.2j, 1e200 + 1e-200j,
]

BIN_OPS = ["add", "sub", "mul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift", "rshift", "and", "or", "xor"]
CMP_OPS = ["lt", "le", "eq", "ne", "gt", "ge"]


def small_enough_pow(a, b):
    if isinstance(b, bool):
        return True
    if isinstance(b, int) and isinstance(a, int):
        return b < 0 or a in (0, 1, -1) or abs(b) * a.bit_length() <= 3000
    return True


BIN_INTS = [0, 1, -1, 2, -3, 7, -7, 10, 255, 2**31, -2**31, 2**52, 2**53 - 1, 2**53, -(2**53 + 1), 2**63, -(2**64),
            10**20, -(3**41), 2**100, 2**1000, 2**1024 - 2**970, True, False]
CMP_INTS = [0, 1, -1, 7, 2**53, 2**53 + 1, -(2**53 + 1), 2**64, -(2**64), 2**1000, True, False]


def gen_int_binary():
    for a in BIN_INTS:
        for b in BIN_INTS:
            for op in BIN_OPS:
                if op == "pow" and not small_enough_pow(a, b):
                    continue
                if op in ("lshift",) and b > 2000:
                    continue
                add("int op int", op, a, b)
    for a in CMP_INTS:
        for b in CMP_INTS:
            for op in CMP_OPS:
                add("int cmp int", op, a, b)
    for a in [0, 1, -1, 2, 3, -7, 10**20, 2**100, -(2**100) + 1, True]:
        for b in [3, 7, 10, 2**61 - 1, -5, 97, 2**64 + 13, 0, 1, -1]:
            for e in [0, 1, 5, -1, -3, 2**70]:
                add("pow3", "pow3", a, e, b)


MIX_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 0.1, 1 / 3, 3.0, -7.5, 1e-7, 123.456, 1e22, 2.0**53, 1e300, -1e300,
              1.7976931348623157e308, 5e-324, 1e-310, float("inf"), -float("inf"), float("nan"), math.pi, 9.5]
MIX_OPS = ["add", "sub", "mul", "truediv", "floordiv", "mod", "divmod", "pow", "lt", "eq", "ge"]


def gen_mixed():
    sel_ints = [0, 1, -1, 2, 3, -7, 2**53 + 1, -(2**53 + 1), 2**63, 2**1000, -(2**1000), 2**1024 - 2**970, True, False]
    for a in sel_ints:
        for b in MIX_FLOATS:
            for op in MIX_OPS:
                add("int op float", op, a, b)
                add("float op int", op, b, a)
    for a in MIX_FLOATS:
        for b in MIX_FLOATS:
            for op in MIX_OPS:
                add("float op float", op, a, b)
    # exact int/float comparisons around 2**53 and beyond
    for k in [52, 53, 54, 60, 63, 64, 100, 1000, 1023, 1024]:
        for d in [-1, 0, 1]:
            i = 2**k + d
            p = math.ldexp(1.0, k) if k < 1024 else float("inf")
            for f in [p, p * (1 + 2**-52), p * (1 - 2**-53), 1e300, float("inf"), 0.5, -0.5]:
                for op in CMP_OPS:
                    add("int cmp float exact", op, i, f)
                    add("int cmp float exact", op, -i, -f)


def gen_complex():
    others = [0, 1, -2, 2**70, 2**1100, True, 0.5, -0.0, float("nan"), float("inf"), 2.0]
    for a in COMPLEXES:
        for b in COMPLEXES + others:
            for op in ["add", "sub", "mul", "truediv", "pow", "eq", "ne"]:
                add("complex op", op, a, b)
                if not isinstance(b, complex):
                    add("complex op", op, b, a)
        for op in ["neg", "pos", "abs", "truth", "hash", "repr", "str", ".conjugate", "real", "imag",
                   ".__getnewargs__", ".__complex__"]:
            add("complex unary", op, a)
        add("complex op", "lt", a, a)
        add("complex op", "floordiv", a, 1)
        add("complex op", "mod", a, 1)
        add("complex op", "divmod", a, 1)
        add("complex op", ".__pow__", a, 2, 3)
    for n in range(-5, 12):
        for z in [1 + 1j, 0.5 - 1.5j, -2 + 0.1j, 1j, 1e10 + 1e10j, 0j]:
            add("complex pow int", "pow", z, n)
            add("complex pow int", "pow", z, float(n))
    for z in [1 + 1j, 0.5 - 1.5j, -2 + 0.1j, 1j, 2 + 0j]:
        for e in [0.5, -0.5, 1.5, 1j, 2 - 1j, 101, 100.5]:
            add("complex pow complex", "pow", z, e)


def gen_pow_random(rng):
    # random exponents: CPython uses the C library's pow (glibc: within 0.52 ulp); we round correctly, so
    # inputs within ~0.02 ulp of a rounding boundary could differ -- none of these are.
    for _ in range(300):
        x = rng.choice([rng.uniform(0, 10), rng.uniform(0, 1e6), abs(random_float(rng)) % 1e10])
        y = rng.choice([rng.uniform(-30, 30), rng.uniform(-3, 3), float(rng.randint(-70, 70)), rng.uniform(-300, 300)])
        add("float pow random", "pow", x, y)
        add("float pow random", "pow", -x, float(rng.randint(-40, 40)))
    for _ in range(100):
        z = complex(rng.uniform(-5, 5), rng.uniform(-5, 5))
        w = complex(rng.uniform(-3, 3), rng.uniform(-3, 3)) if rng.random() < 0.5 else rng.uniform(-4, 4)
        add("complex pow random", "pow", z, w)
        add("complex abs random", "abs", complex(random_float(rng), random_float(rng)))


def gen_unary():
    for a in INTS:
        for op in ["neg", "pos", "abs", "invert", "truth", "hash", "repr", "str", "float", "int", "complex",
                   ".bit_length", ".bit_count", ".as_integer_ratio", ".is_integer", ".conjugate", "real", "imag",
                   "numerator", "denominator", ".__trunc__", ".__floor__", ".__ceil__", ".__index__", ".__int__",
                   ".__float__", ".__getnewargs__", "round", "trunc", "floor", "ceil"]:
            add("int unary", op, a)
        for nd in [None, 0, 1, -1, -2, -5, -20, -400]:
            add("int round", "round", a, nd)
    for a in FLOATS:
        for op in ["neg", "pos", "abs", "truth", "hash", "repr", "str", "int", "float", "complex", "round", "trunc",
                   "floor", "ceil", ".as_integer_ratio", ".is_integer", ".conjugate", ".hex", "real", "imag",
                   ".__getnewargs__", ".__trunc__", ".__int__", ".__float__"]:
            add("float unary", op, a)


def gen_round(rng):
    xs = FLOATS + [0.125, 0.375, 2.5, 3.5, -3.5, 0.045, 1.005, 1.015, 1.025, 2.675, 5.5e-5, 123456.5, 1e15 + 0.5,
                   0.5e-300, 1.5e300, 1.7976931348623157e308]
    for _ in range(60):
        xs.append(rng.uniform(-1e6, 1e6))
        xs.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
    for x in xs:
        for nd in [None, 0, 1, 2, 3, 5, -1, -2, -3, 10, 17, 300, 323, 324, -308, -309, 400, -400]:
            add("float round", "round", x, nd)
    for _ in range(1500):
        x = rng.uniform(-1e4, 1e4) * 10.0 ** rng.randint(-10, 10)
        add("float round", "round", x, rng.randint(-12, 20))
    add("float round", "round", 1.5, 1.0)
    add("float round", "round", 1.5, 2**70)
    add("float round", "round", 1.5, -(2**70))
    add("float round", ".__round__", 1.5, 1, 2)


def random_float(rng):
    while True:
        x = struct.unpack(">d", rng.getrandbits(64).to_bytes(8, "big"))[0]
        if math.isfinite(x):
            return x


def gen_hash(rng):
    for _ in range(400):
        add("hash int", "hash", rng.getrandbits(rng.choice([8, 30, 53, 61, 62, 64, 100, 300])) * rng.choice([1, -1]))
    for k in range(55, 130):
        add("hash int", "hash", 2**k - 1)
        add("hash int", "hash", -(2**k) + 1)
    for _ in range(600):
        add("hash float", "hash", random_float(rng))
    for _ in range(200):
        add("hash float", "hash", rng.uniform(-100, 100))
    for _ in range(100):
        add("hash complex", "hash", complex(rng.uniform(-10, 10), random_float(rng)))


INT_SPECS = ["", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "n", ",", "_", ",d", "_x", "_b", "_o", "#_x",
             "+d", " d", "-d", "010", "010,", "=+10", "<10", ">10", "^10", "*^11", "0<8", "#012_b", "+#x", "e",
             ".2f", "%", ".3g", "E", ",.2f", ".0e", "z", ".2", "c", "+c", "#c", ",c", "s", "xx", ",_", "_,", ",,",
             "020_d", "=^5", "08_x", "#08_X", " ^9,", "\u00e9>7", "\U0001F600^9", ".", "10.", "+012,", "-#o", "g",
             "G", "F", "f", "=", "0", "00", "#", "+", " ", "-", "_n", ",n", ".1%", "015_", "010_b", "^#10x",
             "9999999999999999999999"]

FLOAT_SPECS = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0f", ".1f", ".2f", ".3f", ".10f", ".20f", ".0e",
               ".1e", ".3e", ".16e", ".17g", ".0g", ".1g", ".2g", ".5g", ".12g", "#g", "#.0f", "#.0e", "#.3g", "#",
               ".3", ".0", ".1", ".12", "+", " ", "+.2f", "z", "z.1f", "z.2e", "z.3g", "z.0f", ",", "_", ",.2f",
               "_.3f", "015,.2f", "020_", "=+12.3f", "<12.2e", "^15g", "*>15.4g", "0=12", "012", "12", ".100f",
               ".50e", ".30g", ".2%", ",g", "d", "x", "c", ".2,f", "#.3", "+#.0e", " 010.3f", "^", ".25", ".17",
               ".16", "015", "-015.3f", "0<10", "#x", ",e", "_%", "z%", "z.0e", "#.0%", "08.3n", ".3n"]

COMPLEX_SPECS = ["", "e", "f", "g", "E", "F", "G", ".2f", "+.3e", "^30", "<20.2g", ">25", ",.2f", "z.1f", ".0",
                 ".3", "#g", "=10", "010", "%", "n", " ", "+", "-", "#", ".2", "*^30.4f", "_", "z", "#.0f", "30",
                 "0<20", "d"]


def gen_format(rng):
    fmt_ints = [0, 1, -1, 7, 42, -42, 255, 1234, -98765, 65, 0x1F600, 10**20, -(2**70), 2**100, True, False,
                0x110000, 1114111]
    for v in fmt_ints:
        for s in INT_SPECS:
            add("format int", "format", v, s)
    fmt_floats = FLOATS + [1234567.891, -0.0001, 0.00001234, 1e-10, 123456789012.0, 0.999999, 9.9999996, 99.5,
                           0.05, 0.15, 0.25, 0.35, 1e15, 1e17, 5e-5, 2**0.5]
    for _ in range(8):
        fmt_floats.append(random_float(rng))
        fmt_floats.append(rng.uniform(-1e5, 1e5))
    for v in fmt_floats:
        for s in FLOAT_SPECS:
            add("format float", "format", v, s)
    for v in COMPLEXES + [1.5 + 2.25j, -1234.5 - 0.001j, complex(-0.0, 1.5)]:
        for s in COMPLEX_SPECS:
            add("format complex", "format", v, s)
    # printf-style precision sweep (what '%.*f' etc. need)
    for v in [0.5, 1.5, 2.5, 0.125, 1e-5, 123.456, 1e22, 2.0**-1074, 1 / 3, 1e300]:
        for p in range(0, 25):
            for t in "efg":
                add("format precision", "format", v, f".{p}{t}")
    # precisions beyond what toFixed/toExponential take (exact bigint paths)
    for v in [0.1, 1 / 3, 1e22, 2.0**-1074, 1.7976931348623157e308, 123.456, 2.5, 0.125, -0.0, 5e-324]:
        for s in [".110f", ".130e", ".300g", ".400f", ".101e", ".102g", "#.120g", ".1100f"]:
            add("format precision", "format", v, s)
    for _ in range(150):
        v = random_float(rng)
        add("format precision", "format", v, rng.choice(["e", "f", "g"]) if False else
            f".{rng.randint(0, 40)}{rng.choice('efgEG%')}")
    add("format int", "format", 10**4300, "d")
    add("format int", "format", 10**4299, ",")
    add("format int", "format", 10**5000 % 16**1000, "x")
    add("format int", ".__format__", 5, 2)
    add("format float", ".__format__", 5.5, 2)
    add("format complex", ".__format__", 5j, 2)


def gen_int_str(rng):
    strs = ["0", "1", "-1", "+1", " 12 ", "\t12\n", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F", "0o17", "0b101",
            "0x_1f", "0_x1f", "010", "00", "0_0", "-0", "  -  1", "- 1", "", " ", "12\u00e9", "\u0661\u0662",
            "\u200312", "\x1c12", "1\x002", "z", "Z", "zz", "9" * 30, "-" + "7" * 25, "1" * 4300, "1" * 4301,
            "0b", "0x", "0o", "1e5", "1.0", "0b1", "0b2", "0o8", "+-1", "١٢٣", "１２", "\U0001D7CE\U0001D7CF",
            "0" * 5000, "0x" + "f" * 5000, "-0x" + "F" * 40, "  0x1f  ", "1 2"]
    for s in strs:
        add("int(str)", "int", s)
        for base in [0, 2, 8, 10, 16, 36, 3, 7]:
            add("int(str, base)", "int", s, base)
    for base in list(range(2, 37)) + [0]:
        for _ in range(8):
            v = rng.getrandbits(rng.choice([5, 20, 60, 200]))
            digits = "0123456789abcdefghijklmnopqrstuvwxyz"[: max(base, 2)]
            if base == 0:
                s = str(v)
            else:
                n = v
                out = ""
                while True:
                    out = digits[n % base] + out
                    n //= base
                    if n == 0:
                        break
                s = out
            if rng.random() < 0.3 and len(s) > 2:
                i = rng.randint(1, len(s) - 1)
                s = s[:i] + "_" + s[i:]
            if rng.random() < 0.3:
                s = s.upper()
            if rng.random() < 0.2:
                s = "-" + s
            add("int(str, base)", "int", s, base)
    for base in [1, -1, 37, 2**70, 2.0, "10", None]:
        add("int(str, base)", "int", "10", base)
    add("int(str, base)", "int", 10, 10)
    add("int(str, base)", "int", 1.5, 10)
    for b in [b"12", b" 12 ", b"1_2", b"x", b"\xff", b"0x10", b"x" * 300]:
        add("int(bytes)", "int", b)
        add("int(bytes)", "int", b, 0)
    for v in [1.9, -1.9, 1e300, float("inf"), float("nan"), -0.0, 2.0**53 + 2, None, [1], (1,), 1j]:
        add("int(x)", "int", v)


def gen_float_str(rng):
    strs = ["", " ", "1", "1.5", " 1.5 ", "1_000.5", "1__0", "_1", "1_", "1._5", "1_.5", "1e1_0", "1_e10", "0x10",
            "inf", "-Infinity", "nan", "-nan", "+inf", "iNF", "infinit", "infinityx", "nanx", "1.5\x00", "\u0661.\u0665",
            "  \u2003 1.5\u3000 ", "\x1c1.5", "1e400", "-1e-400", ".5", "5.", ".", "e5", "1e", "+.5e-3", "1E5",
            "1.5e+00003", "0.1", "1e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "1.7976931348623157e308",
            "1.7976931348623159e308", "9007199254740993", "0.30000000000000004", "+", "-", "1.2.3", "1e5.5",
            "123456789012345678901234567890", "0." + "0" * 400 + "1", "1" * 500, "12_34.56_78", "1_2e1_0", "00012",
            "-0", "--1", "1 .5", "١٢٣", "1e+", "1e-", "in f", "∞"]
    for s in strs:
        add("float(str)", "float", s)
    for _ in range(150):
        x = random_float(rng)
        add("float(str)", "float", repr(x))
        add("float(str)", "float", f"{x:.17e}")
        add("float(str)", "float", f"{rng.uniform(-1e3, 1e3):.{rng.randint(0, 25)}f}")
    for v in [b"1.5", b"x", bytearray(b"2.5"), [], None, 1j, "1" * 5, True, 2**1100]:
        add("float(x)", "float", v)
    cstrs = ["1+2j", " ( 1+2j ) ", "(1+2j", "j", "-j", "+j", "1+j", "1-j", "infj", "1+nanj", "1e3j", "", "1+2",
             "1 + 2j", "1_0j", "1__2j", "\u0661+\u0662j", "nan", "-0", "1e500j", "0x10", "(j)", "()", "1.5", "-1.5e-3-2.5e+3J",
             "inf-infj", "1+2jj", "j1", "  3  ", "(  -2j  )", "1e1_0j"]
    for s in cstrs:
        add("complex(str)", "complex", s)
    for args in [(1, 2), (1j, 1j), (1.5, True), ("1", 2), (1, "2"), ([], 1), (1, []), (None,), (2**1100, 0),
                 (1 + 2j, 3), (0.5, 2 + 3j), (complex(0, -0.0),), (), (1,), (1.5,), (0.0, -0.0)]:
        add("complex(a, b)", "complex", *args)


def gen_methods(rng):
    for v in [0, 1, 5, 255, 256, -1, -128, -129, 128, 2**64 - 1, -(2**63), 2**100, True]:
        for length in [0, 1, 2, 8, 16]:
            for order in ["big", "little"]:
                for signed in [False, True]:
                    add("to_bytes", ".to_bytes", v, length, order, signed)
    add("to_bytes", ".to_bytes", 5)
    add("to_bytes", ".to_bytes", 5, -1)
    add("to_bytes", ".to_bytes", 5, 1, "mid")
    add("to_bytes", ".to_bytes", 5, 1.0)
    for data in [b"", b"\x00", b"\x01", b"\xff", b"\x01\x02", b"\xff\x00", b"\x80" + b"\x00" * 15, bytes(range(40))]:
        for order in ["big", "little"]:
            for signed in [False, True]:
                add("from_bytes", "int.from_bytes", data, order, signed)
    add("from_bytes", "int.from_bytes", [1, 2, 3])
    add("from_bytes", "int.from_bytes", [1, 2, 300])
    add("from_bytes", "int.from_bytes", "ab")
    add("from_bytes", "int.from_bytes", 5)
    add("from_bytes", "int.from_bytes", b"\x01", "mid")
    for s in ["0x1.8p1", "  -0X1.8P+1  ", "inf", "-infinity", "nan", "x", "0x1p2000", "0x1p-2000", "1.", ".1",
              "0x.p1", "0x1p", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023",
              "0x0.0000000000001p-1022", "0x0.00000000000008p-1022", "0x0.00000000000018p-1022", "0x1p-1075",
              "0x1.000001p-1075", "0x3p-1076", "1p0", "0x10", "0xg", "0x1.8p1 x", "0x1_0", "0X1.8P-3"]:
        add("fromhex", "float.fromhex", s)
    for _ in range(200):
        x = random_float(rng)
        add("hex", ".hex", x)
        add("fromhex", "float.fromhex", x.hex())
        add("as_integer_ratio", ".as_integer_ratio", x)


def gen_ops_direct():
    # the dunders called directly: NotImplemented results, argument errors
    for a, b in [(5, 1.0), (5, "a"), (5.0, "a"), (5.0, 1), (5j, 1), (True, True), (True, 1), (5, True)]:
        for op in [".__add__", ".__radd__", ".__sub__", ".__rsub__", ".__truediv__", ".__rtruediv__", ".__eq__",
                   ".__lt__", ".__mod__", ".__rmod__", ".__floordiv__", ".__rfloordiv__", ".__divmod__",
                   ".__rdivmod__", ".__and__", ".__rand__"]:
            add("dunder", op, a, b)
    for a, b, c in [(2, 3, None), (2, 3, 5), (2, 3, 5.0), (2.0, 3, None), (2.0, 3, 5), (2j, 2, None), (2j, 2, 5),
                    (3, 2, 7), (0, -1, None), (0.0, -1, None)]:
        add("dunder", ".__pow__", a, b, c)
        add("dunder", ".__rpow__", a, b, c)
    add("dunder", ".__pow__", 2)
    add("dunder", ".__add__", 2)
    add("dunder", ".__add__", 2, 3, 4)


def run_programs():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    for py in sorted(PROGRAMS.glob("*.py")):
        p = subprocess.run([sys.executable, py.name], cwd=PROGRAMS, env=env, capture_output=True, text=True,
                           timeout=120)
        if p.stderr:
            print(f"{py.name}: stderr: {p.stderr}", file=sys.stderr)
        with open(py.with_suffix(".expected.json"), "w") as f:
            json.dump({"returncode": p.returncode, "stdout": p.stdout}, f, indent=1, ensure_ascii=False)
            f.write("\n")


def main():
    run_programs()
    rng = random.Random(20240613)
    gen_int_binary()
    gen_mixed()
    gen_complex()
    gen_pow_random(rng)
    gen_unary()
    gen_round(rng)
    gen_hash(rng)
    gen_format(rng)
    gen_int_str(rng)
    gen_float_str(rng)
    gen_methods(rng)
    gen_ops_direct()
    groups = {}
    for group, op, args, res in cases:
        groups.setdefault(group, []).append([op, args, res])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w") as f:
        f.write("{\n")
        for gi, (group, items) in enumerate(groups.items()):
            f.write(json.dumps(group) + ": [\n")
            for i, c in enumerate(items):
                f.write(json.dumps(c, ensure_ascii=True, separators=(",", ":")))
                f.write(",\n" if i < len(items) - 1 else "\n")
            f.write("]" + (",\n" if gi < len(groups) - 1 else "\n"))
        f.write("}\n")
    print(f"{len(cases)} cases -> {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
