#!/usr/bin/env python3
"""Write tests/data/repr_cases.json: inputs and CPython 3.13's repr of them, for tests/objects_repr.test.mjs.

Run with CPython 3.13 from the repository root:

    python3.13 tools/oracle/gen_repr_cases.py

Encodings (JSON cannot carry every Python value directly):
  float:   [bits, repr]            bits = the IEEE 754 double as 16 hex digits (big-endian)
  complex: [real_bits, imag_bits, repr]
  int:     [decimal, repr]
  str:     [code_points, repr]     code_points = list of ints (carries lone surrogates); never a high
                                   surrogate directly followed by a low one (a JS string cannot tell that
                                   from an astral character)
  bytes:   [hex, repr]
  other:   [name, repr]            name in None, Ellipsis, True, False
The output is deterministic (fixed random seed).
"""

import json
import random
import struct
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "repr_cases.json"


def bits(x):
    return struct.pack(">d", x).hex()


def from_bits(h):
    return struct.unpack(">d", bytes.fromhex(h))[0]


def float_inputs(rng):
    inf = float("inf")
    nan = float("nan")
    xs = [
        0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.5, 1.5, 2.5, 100.0, 1e15, 1e16, 1e17, 9999999999999998.0,
        9999999999999999.0, 1234567890123456.0, 12345678901234567.0, 123456789012345678.0, 1e-4, 1e-5, 0.0001,
        0.00001, 0.00012345, 0.000012345, 1.5e300, 1.5e-300, 5e-324, -5e-324, 1e-323, 2.2250738585072014e-308,
        2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308, 2.0**53, 2.0**53 + 2, 2.0**63,
        2.0**64, 2.0**-1074, 2.0**-1022, 1e22, 1e23, 1e21, 1e100, 123.456, -123.456, 3.141592653589793,
        2.718281828459045, 1e308, 1.0000000000000002, 0.9999999999999999, 4.35, 0.07, 1.1, 2.675, 5e-5, 9.5e-5,
        0.001, 0.01, 10.0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
        123456789.0, 1.7976931348623157e307, 4.9406564584124654e-324, 1e-7, 1.23e-7, 299792458.0,
        inf, -inf, nan, -nan, struct.unpack(">d", bytes.fromhex("7ff8000000000001"))[0],
    ]
    for e in range(-330, 310):
        xs.append(float(f"1e{e}"))
        xs.append(float(f"1.25e{e}"))
        xs.append(float(f"9.999999999999999e{e}") if e < 308 else 1.0)
    for k in range(0, 1075, 7):
        xs.append(2.0**-k)
    for k in range(0, 1024, 5):
        xs.append(2.0**k)
        xs.append(-(2.0**k) * 3)
    for _ in range(3000):  # uniform over bit patterns: every exponent
        xs.append(struct.unpack(">d", rng.getrandbits(64).to_bytes(8, "big"))[0])
    for _ in range(1500):  # short decimals, the common case in source code
        digits = rng.randint(1, 17)
        xs.append(round(rng.uniform(-1000, 1000), rng.randint(0, digits)))
        xs.append(float(rng.randint(0, 10**digits)) * 10.0 ** rng.randint(-25, 25))
    for _ in range(1000):
        xs.append(rng.random() * 10.0 ** rng.randint(-8, 20))
    return xs


def complex_inputs(rng):
    inf = float("inf")
    nan = float("nan")
    parts = [0.0, -0.0, 1.0, -1.0, 1.5, -2.5, 1e16, 1e-5, 1e-4, 1e15, 100.0, inf, -inf, nan, -nan, 5e-324, 0.1,
             1.7976931348623157e308, 123456789012345678.0]
    cs = [complex(a, b) for a in parts for b in parts]
    for _ in range(300):
        cs.append(complex(rng.uniform(-1e6, 1e6), round(rng.uniform(-100, 100), rng.randint(0, 5))))
    return cs


def int_inputs(rng):
    ns = [0, 1, -1, 7, -42, 2**31, 2**53 - 1, -(2**53 - 1), 2**53, -(2**53), 2**64, -(2**64), 10**100, -(10**100)]
    for _ in range(200):
        ns.append(rng.randint(-(2**53 - 1), 2**53 - 1))
        ns.append(rng.randint(-(10**60), 10**60))
    return ns


def str_inputs(rng):
    cases = []
    add = cases.append
    # every escape class and quote choice
    for s in ["", "a", "'", '"', "'\"", "\"'", "it's", 'say "hi"', "it's \"x\"", "\\", "\\'", "\t\n\r",
              "\x00\x01\x1f\x7f\x80\x9f\xa0\xad\xff", " ", "abc def", "\u2028\u2029", "\u200b\u200e\ufeff",
              "\ue000\uf8ff", "\U000f0000\U0010ffff", "\ud800", "\udfff", "\udc00\ud800", "a\ud800b", "\ud83d",
              "\U0001f600", "\U0001f600\U0001f601x", "\u0378", "\U000e0001", "\U000e0100", "é", "日本語",
              "\u3000", "\u00a0\u1680\u2000\u200a\u202f\u205f", "\u0600\u061c\u06dd\u070f\u08e2",
              "\U0001d173\U0001d17a", "\u0085", "\U00010000", "\U0001fbf9", "\U00031350", "\U000323af",
              "\U0002ebe0", "\U0002ee5d", "x" * 50 + "\n" + "y" * 50, "\U0010fffe", "\U000dffff"]:
        add(s)
    # every code point of the first 1024, a sample across the whole range, and both sides of every boundary
    # between printable and non-printable runs
    for cp in range(0x400):
        add(chr(cp))
    for cp in range(0, 0x110000, 97):
        add(chr(cp))
    prev = None
    for cp in range(0x110000):
        p = chr(cp).isprintable()
        if p != prev and cp > 0:
            add(chr(cp - 1))
            add(chr(cp))
            add(chr(cp - 1) + chr(cp))
        prev = p
    # one character of each general category, in context
    seen = set()
    for cp in range(0x110000):
        cat = unicodedata.category(chr(cp))
        if cat not in seen:
            seen.add(cat)
            add("<" + chr(cp) + ">")
    # random mixes
    for _ in range(300):
        n = rng.randint(1, 12)
        add("".join(chr(rng.choice([rng.randint(0, 0x7F), rng.randint(0, 0x3000), rng.randint(0, 0x10FFFF)]))
                    for _ in range(n)))
    out = []
    for s in cases:
        cps = [ord(c) for c in s]
        # A JS string cannot hold a high surrogate followed by a low one as two characters: skip.
        if any(0xD800 <= a < 0xDC00 and 0xDC00 <= b < 0xE000 for a, b in zip(cps, cps[1:])):
            continue
        out.append([cps, repr(s)])
    return out


def bytes_inputs(rng):
    bs = [b"", b"'", b'"', b"'\"", b"it's", b'a"b', b"\\", bytes(range(256)), bytes(range(255, -1, -1))]
    bs += [bytes([i]) for i in range(256)]
    for _ in range(100):
        bs.append(bytes(rng.randint(0, 255) for _ in range(rng.randint(1, 20))))
    return bs


def main():
    if sys.version_info[:2] != (3, 13):
        raise SystemExit("run this with CPython 3.13")
    rng = random.Random(20240613)
    data = {
        "python": "%d.%d.%d" % sys.version_info[:3],
        "float": [[bits(x), repr(x)] for x in float_inputs(rng)],
        "complex": [[bits(c.real), bits(c.imag), repr(c)] for c in complex_inputs(rng)],
        "int": [[str(n), repr(n)] for n in int_inputs(rng)],
        "str": str_inputs(rng),
        "bytes": [[b.hex(), repr(b)] for b in bytes_inputs(rng)],
        "other": [["None", repr(None)], ["Ellipsis", repr(...)], ["True", repr(True)], ["False", repr(False)]],
    }
    # Check the encodings round-trip before writing.
    for h, r in data["float"]:
        x = from_bits(h)
        assert repr(x) == r
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="ascii") as f:
        f.write("{\n")
        keys = list(data)
        for i, k in enumerate(keys):
            v = data[k]
            if isinstance(v, list):
                f.write(f"  {json.dumps(k)}: [\n")
                f.write(",\n".join("    " + json.dumps(item, ensure_ascii=True) for item in v))
                f.write("\n  ]")
            else:
                f.write(f"  {json.dumps(k)}: {json.dumps(v)}")
            f.write(",\n" if i < len(keys) - 1 else "\n")
        f.write("}\n")
    counts = ", ".join(f"{len(v)} {k}" for k, v in data.items() if isinstance(v, list))
    print(f"wrote {OUT.relative_to(ROOT)}: {counts}")


if __name__ == "__main__":
    main()
