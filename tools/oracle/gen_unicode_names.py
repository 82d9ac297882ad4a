#!/usr/bin/env python3
"""Write the data behind `"\\N{NAME}"` escapes, exactly as CPython 3.13 resolves them.

Run with CPython 3.13 from the repository root:

    python3.13 tools/oracle/gen_unicode_names.py

It writes:

- `lib/unicode_names.gz`: every character name CPython stores (Unicode 15.1.0) and every name alias,
  gzip-compressed text, read lazily by `src/generated/unicode_names.ts` on the first lookup;
- `src/generated/unicode_names.ts`: the lookup, with the algorithmic parts (CJK unified ideograph
  ranges, Hangul syllable jamo names) as small tables;
- `tests/data/unicode_names_cases.json`: names (and non-names) with the code point CPython's own
  `"\\N{...}"` gives them (or -1), for tests/unicode_names.test.mjs.

How CPython 3.13 resolves `\\N{NAME}` (Modules/unicodedata.c, `_getcode` + `_check_alias_and_seq`):
- a name starting with "HANGUL SYLLABLE " (case-sensitive) is parsed algorithmically: the longest
  matching initial, medial and final jamo names in turn; nothing else is tried;
- a name starting with "CJK UNIFIED IDEOGRAPH-" (case-sensitive) must be followed by 4 or 5
  uppercase hex digits naming a code point in a unified ideograph range; nothing else is tried;
- otherwise the name is looked up, ASCII-case-insensitively, among the stored names: character
  names and name aliases (named sequences are stored too, but `\\N` rejects them).

Aliases are not listed by the `unicodedata` module, so they are read from CPython itself: its name
database keeps them at code points U+F0000.. of plane 15, and the C API behind `\\N` (the capsule
`unicodedata._ucnhash_CAPI`) returns their names; each is then checked with a real `"\\N{...}"`.

Data format (before gzip), one entry per line, ASCII:
- character names in code point order: `DELTA,PNAME` where DELTA is the hex distance from the
  previous code point minus one (empty for 0), P is chr(48 + k) for the k leading characters shared
  with the previous name (front coding), NAME the rest;
- an empty line;
- aliases: `HEX NAME` (the code point it resolves to, in hex).
"""

import ctypes
import gzip
import json
import random
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "lib" / "unicode_names.gz"
OUT = ROOT / "src" / "generated" / "unicode_names.ts"
CASES = ROOT / "tests" / "data" / "unicode_names_cases.json"
COMMAND = "python3.13 tools/oracle/gen_unicode_names.py"

HANGUL_PREFIX = "HANGUL SYLLABLE "
CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-"
S_BASE, L_COUNT, V_COUNT, T_COUNT = 0xAC00, 19, 21, 28


def resolve(name):
    """What CPython's `"\\N{name}"` gives: a code point, or -1."""
    try:
        s = eval('"\\N{%s}"' % name)
    except SyntaxError:
        return -1
    assert len(s) == 1
    return ord(s)


def alias_names():
    """Name aliases, from the PUA slots of CPython's name database."""
    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.restype = ctypes.c_void_p
    get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    capi = get_pointer(unicodedata._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
    # struct _PyUnicode_Name_CAPI { getname; getcode; } (Include/internal/pycore_ucnhash.h)
    getname_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)
    getname = getname_type((ctypes.c_void_p * 2).from_address(capi)[0])
    buf = ctypes.create_string_buffer(512)
    aliases = []
    for cp in range(0xF0000, 0xF1000):
        if getname(cp, buf, len(buf), 1):
            name = buf.value.decode("ascii")
            target = resolve(name)
            if target >= 0:  # named sequences resolve to -1 for \N
                aliases.append((name, target))
    return aliases


def main():
    if sys.version_info[:2] != (3, 13):
        raise SystemExit("run this with CPython 3.13")

    names = []  # (cp, name) of stored (non-algorithmic) names
    cjk = []  # unified ideographs, to derive the ranges
    for cp in range(0x110000):
        n = unicodedata.name(chr(cp), None)
        if n is None:
            continue
        if n.startswith(CJK_PREFIX):
            assert n == f"{CJK_PREFIX}{cp:X}"
            cjk.append(cp)
        elif n.startswith(HANGUL_PREFIX):
            assert S_BASE <= cp < S_BASE + L_COUNT * V_COUNT * T_COUNT
        else:
            assert n.isascii() and "," not in n and "\n" not in n
            names.append((cp, n))
    ranges = []
    for cp in cjk:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])

    # Jamo short names, read back from the syllable names (V[0] is "A", T[0] is "").
    def syl(l, v, t):
        return unicodedata.name(chr(S_BASE + (l * V_COUNT + v) * T_COUNT + t))[len(HANGUL_PREFIX) :]

    assert syl(0, 0, 0) == "GA"
    jamo_l = [syl(i, 0, 0)[:-1] for i in range(L_COUNT)]
    jamo_v = [syl(11, i, 0) for i in range(V_COUNT)]  # L[11] is ""
    jamo_t = [syl(11, 0, i)[1:] for i in range(T_COUNT)]
    assert jamo_l[11] == "" and jamo_t[0] == ""

    aliases = alias_names()

    # Data file.
    lines = []
    prev_name = ""
    prev_cp = -1
    for cp, n in names:
        k = 0
        m = min(len(prev_name), len(n), 78)
        while k < m and prev_name[k] == n[k]:
            k += 1
        d = cp - prev_cp - 1
        lines.append(f"{d:x}," if d else ",")
        lines[-1] += chr(48 + k) + n[k:]
        prev_name, prev_cp = n, cp
    lines.append("")
    for n, cp in aliases:
        lines.append(f"{cp:x} {n}")
    raw = ("\n".join(lines) + "\n").encode("ascii")
    DATA.parent.mkdir(parents=True, exist_ok=True)
    DATA.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))

    # TypeScript module.
    range_lines = "\n".join(f"  [0x{a:x}, 0x{b:x}]," for a, b in ranges)
    ts = f"""// GENERATED by tools/oracle/gen_unicode_names.py with CPython 3.13 (Unicode {unicodedata.unidata_version}) — do not edit; run `{COMMAND}`

// `lookupUnicodeName(name)` resolves the NAME of a `"\\N{{NAME}}"` escape as CPython 3.13 does
// (Modules/unicodedata.c `_getcode`, without named sequences), or returns -1:
// - "HANGUL SYLLABLE " + jamo names (prefix and jamo case-sensitive, longest jamo match first);
// - "CJK UNIFIED IDEOGRAPH-" + 4 or 5 uppercase hex digits in a unified ideograph range;
// - any other name: ASCII-case-insensitively among the {len(names)} character names and {len(aliases)} name aliases.
// The names live in lib/unicode_names.gz ({DATA.stat().st_size} bytes), read on the first lookup that needs them.

import * as fs from "node:fs";
import * as zlib from "node:zlib";

/** Inclusive [first, last] code points of the CJK unified ideograph blocks. */
const CJK_RANGES: readonly (readonly [number, number])[] = [
{range_lines}
];

const S_BASE = 0x{S_BASE:x};
const V_COUNT = {V_COUNT};
const T_COUNT = {T_COUNT};
// Jamo short names of initial, medial and final consonants/vowels ("" is a valid initial and final).
const JAMO_L = "{"|".join(jamo_l)}".split("|");
const JAMO_V = "{"|".join(jamo_v)}".split("|");
const JAMO_T = "{"|".join(jamo_t)}".split("|");

const DATA_URL = new URL("../../lib/unicode_names.gz", import.meta.url);

let table: Map<string, number> | null = null;

function loadTable(): Map<string, number> {{
  const text = zlib.gunzipSync(fs.readFileSync(DATA_URL)).toString("latin1");
  const map = new Map<string, number>();
  let pos = 0;
  let cp = -1;
  let prev = "";
  // Character names: "DELTA,PNAME" lines up to an empty line.
  for (;;) {{
    const nl = text.indexOf("\\n", pos);
    if (nl === pos) {{
      pos++;
      break;
    }}
    const comma = text.indexOf(",", pos);
    cp += (comma > pos ? Number.parseInt(text.slice(pos, comma), 16) : 0) + 1;
    const k = text.charCodeAt(comma + 1) - 48;
    prev = prev.slice(0, k) + text.slice(comma + 2, nl);
    map.set(prev, cp);
    pos = nl + 1;
  }}
  // Aliases: "HEX NAME" lines.
  while (pos < text.length) {{
    const nl = text.indexOf("\\n", pos);
    const sp = text.indexOf(" ", pos);
    map.set(text.slice(sp + 1, nl), Number.parseInt(text.slice(pos, sp), 16));
    pos = nl + 1;
  }}
  return map;
}}

/** CPython's find_syllable: the longest jamo name of `list` at `pos` (index, or -1 when none). */
function findSyllable(name: string, pos: number, list: readonly string[]): [index: number, length: number] {{
  let best = -1;
  let bestLen = -1;
  for (let i = 0; i < list.length; i++) {{
    const s = list[i]!;
    if (s.length > bestLen && name.startsWith(s, pos)) {{
      best = i;
      bestLen = s.length;
    }}
  }}
  return [best, Math.max(bestLen, 0)];
}}

function hangul(name: string): number {{
  let pos = {len(HANGUL_PREFIX)};
  const [l, ll] = findSyllable(name, pos, JAMO_L);
  pos += ll;
  const [v, vl] = findSyllable(name, pos, JAMO_V);
  pos += vl;
  const [t, tl] = findSyllable(name, pos, JAMO_T);
  pos += tl;
  if (l < 0 || v < 0 || t < 0 || pos !== name.length) return -1;
  return S_BASE + (l * V_COUNT + v) * T_COUNT + t;
}}

function unifiedIdeograph(name: string): number {{
  const n = name.length - {len(CJK_PREFIX)};
  if (n !== 4 && n !== 5) return -1;
  let v = 0;
  for (let i = {len(CJK_PREFIX)}; i < name.length; i++) {{
    const c = name.charCodeAt(i);
    if (c >= 48 && c <= 57) v = v * 16 + (c - 48);
    else if (c >= 65 && c <= 70) v = v * 16 + (c - 55);
    else return -1;
  }}
  for (const [first, last] of CJK_RANGES) if (v >= first && v <= last) return v;
  return -1;
}}

/** The code point `"\\N{{name}}"` stands for in CPython 3.13, or -1 when it names nothing. */
export function lookupUnicodeName(name: string): number {{
  if (name.startsWith("{HANGUL_PREFIX}")) return hangul(name);
  if (name.startsWith("{CJK_PREFIX}")) return unifiedIdeograph(name);
  if (table === null) table = loadTable();
  // Only ASCII letters fold (Py_TOUPPER); any other character can never match.
  const cp = table.get(name.replace(/[a-z]+/g, (s) => s.toUpperCase()));
  return cp === undefined ? -1 : cp;
}}
"""
    OUT.write_text(ts, encoding="utf-8")

    # Test cases, checked against CPython's own "\N{...}".
    rng = random.Random(3013)
    cases = []

    def add(name):
        cases.append([name, resolve(name)])

    for i, (cp, n) in enumerate(names):
        if i % 12 == 0:
            add(n)
        if i % 97 == 5:
            add(n.lower())
        if i % 131 == 7:
            add("".join(c.lower() if rng.random() < 0.5 else c for c in n))
        if i % 211 == 3:
            add(n + "X")
            add(n[:-1])
            add(n.replace(" ", "  ", 1))
    for n, _cp in aliases:
        add(n)
        if rng.random() < 0.2:
            add(n.lower())
    for a, b in ranges:
        for cp in (a - 1, a, a + 1, (a + b) // 2, b - 1, b, b + 1):
            add(f"{CJK_PREFIX}{cp:X}")
            add(f"{CJK_PREFIX}{cp:05X}")
        add(f"{CJK_PREFIX}{a:x}")
        add(f"{CJK_PREFIX}{a:X}".lower())
        add(f"{CJK_PREFIX}{a:06X}")
    for cp in rng.sample(cjk, 200):
        add(f"{CJK_PREFIX}{cp:X}")
    for cp in range(S_BASE, S_BASE + L_COUNT * V_COUNT * T_COUNT, 37):
        add(unicodedata.name(chr(cp)))
    for cp in (S_BASE, S_BASE + L_COUNT * V_COUNT * T_COUNT - 1):
        n = unicodedata.name(chr(cp))
        add(n)
        add(n.lower())
        add(HANGUL_PREFIX + n[len(HANGUL_PREFIX) :].lower())
        add(n + "G")
    for n in [
        "",
        " ",
        "HANGUL SYLLABLE ",
        "HANGUL SYLLABLE A",
        "HANGUL SYLLABLE GGGA",
        "HANGUL SYLLABLEGA",
        "CJK UNIFIED IDEOGRAPH-",
        "CJK UNIFIED IDEOGRAPH-4E0",
        "CJK UNIFIED IDEOGRAPH-+4E00",
        "CJK COMPATIBILITY IDEOGRAPH-F900",
        "TANGUT IDEOGRAPH-17000",
        "KHITAN SMALL SCRIPT CHARACTER-18B00",
        "NUSHU CHARACTER-1B170",
        "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",  # a named sequence
        "KEYCAP NUMBER SIGN",  # a named sequence
        "NO SUCH CHARACTER NAME",
        " LATIN SMALL LETTER A",
        "LATIN SMALL LETTER A ",
        "LATIN SMALL LETTER É",
        "LATİN SMALL LETTER A",
        "LATIN SMALL LETTER ı",
        "latin small letter ß",
        "EM DASH",
        "em dash",
        "BOM",
        "nbsp",
        "ZWJ",
        "NULL",
        "NUL",
        "LINE FEED",
        "DEL",
        "SPACE",
        "space",
        "Space",
        "DIGIT ZERO",
        "GRINNING FACE",
        "FACE WITH TEARS OF JOY",
        "BOX DRAWINGS LIGHT HORIZONTAL",
    ]:
        add(n)
    seen = set()
    unique = []
    for n, cp in cases:
        if n not in seen:
            seen.add(n)
            unique.append([n, cp])
    body = ",\n".join(json.dumps(c, ensure_ascii=False) for c in unique)
    CASES.write_text(f"[\n{body}\n]\n", encoding="utf-8")
    print(
        f"{len(names)} names, {len(aliases)} aliases, {len(ranges)} CJK ranges; "
        f"{DATA.relative_to(ROOT)}: {DATA.stat().st_size} bytes; {len(unique)} test cases"
    )


if __name__ == "__main__":
    main()
