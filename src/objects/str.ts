// Python `str` values and helpers (docs/DESIGN.md, "Values"). A Python str is a JS string (UTF-16): an
// astral character is a surrogate pair, a lone surrogate stands for itself; the rare str in which a high
// surrogate code point is followed by a low one is a PyCodePointStr; a str-subclass instance is a
// PyStrSubclass wrapping either. This module holds what every layer needs: repr, code-point access
// (length, indices, comparison, concatenation), and CPython's Unicode character database (properties and
// case mappings, Unicode 15.1), which JS's own `\p{...}` classes only approximate (Node's Unicode is newer).
// The methods of str live in str_type.ts.

import { isPrintable } from "../generated/unicode_printable.js";
import type { PyObject } from "./object.js";
import type { PyType } from "./type.js";

const HEX = "0123456789abcdef";

function hex(cp: number, width: number): string {
  let out = "";
  for (let shift = (width - 1) * 4; shift >= 0; shift -= 4) out += HEX[(cp >>> shift) & 15];
  return out;
}

/**
 * `repr(str)` exactly as CPython 3.13 (`unicode_repr`): single quotes unless the text contains `'` and
 * no `"`; escapes `\\`, the quote, `\t`, `\n`, `\r`; `\xNN` for other characters < 0x20 and 0x7f; non-ASCII
 * characters are kept when `str.isprintable` says so (Unicode 15.1 tables from CPython), otherwise
 * written `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
 */
export function strRepr(s: string): string {
  let quote = 39; // '
  if (s.includes("'") && !s.includes('"')) quote = 34; // "
  const q = quote === 39 ? "'" : '"';
  const n = s.length;
  let parts: string[] | null = null;
  let run = 0; // start of the pending run of characters copied unchanged
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let esc: string;
    if (c >= 0x20 && c < 0x7f) {
      if (c !== quote && c !== 92) continue;
      esc = c === 92 ? "\\\\" : "\\" + q;
    } else if (c < 0x7f) {
      esc = c === 9 ? "\\t" : c === 10 ? "\\n" : c === 13 ? "\\r" : "\\x" + hex(c, 2);
    } else {
      let cp = c;
      let width = 1;
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      if (isPrintable(cp)) {
        i += width - 1;
        continue;
      }
      esc = cp <= 0xff ? "\\x" + hex(cp, 2) : cp <= 0xffff ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8);
      if (parts === null) parts = [q];
      if (run < i) parts.push(s.slice(run, i));
      parts.push(esc);
      i += width - 1;
      run = i + 1;
      continue;
    }
    if (parts === null) parts = [q];
    if (run < i) parts.push(s.slice(run, i));
    parts.push(esc);
    run = i + 1;
  }
  if (parts === null) return q + s + q;
  if (run < n) parts.push(s.slice(run));
  parts.push(q);
  return parts.join("");
}

/**
 * A Python str that a JS string cannot hold: it contains a high surrogate code point directly followed
 * by a low one (e.g. from the escapes "\ud800\udc00"), which UTF-16 would read as one astral character.
 * Such strings are rare (mostly tests of codecs); every other str, lone surrogates included, is a plain
 * JS string. Holds the code points.
 */
export class PyCodePointStr {
  constructor(public readonly codePoints: readonly number[]) {}
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The code points of a str in either representation. */
export function codePointsOf(s: string | PyCodePointStr): number[] {
  if (typeof s !== "string") return s.codePoints.slice();
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    out.push(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** The str with these code points: a JS string unless a high surrogate is followed by a low one. */
export function strFromCodePoints(cps: readonly number[]): string | PyCodePointStr {
  for (let i = 0; i + 1 < cps.length; i++) {
    if (isHigh(cps[i]) && isLow(cps[i + 1])) return new PyCodePointStr(cps);
  }
  const parts: string[] = [];
  for (let i = 0; i < cps.length; i += 4096) parts.push(String.fromCodePoint(...cps.slice(i, i + 4096)));
  return parts.join("");
}

/** Concatenation of strs (implicit literal concatenation, f-string parts). */
export function concatStr(pieces: readonly (string | PyCodePointStr)[]): string | PyCodePointStr {
  // A lone high surrogate at the end of one piece meeting a lone low one at the start of the next
  // non-empty piece would pair up in UTF-16: then build from code points.
  let slow = false;
  let prevHigh = false;
  for (let i = 0; i < pieces.length && !slow; i++) {
    const p = pieces[i]!;
    if (typeof p !== "string") slow = true;
    else if (p.length > 0) {
      if (prevHigh && isLow(p.charCodeAt(0))) slow = true;
      prevHigh = isHigh(p.charCodeAt(p.length - 1));
    }
  }
  if (!slow) return (pieces as string[]).join("");
  const cps: number[] = [];
  for (const p of pieces) for (const cp of codePointsOf(p)) cps.push(cp);
  return strFromCodePoints(cps);
}

/**
 * a + b for two strs (str.__add__). A lone high surrogate ending `a` followed by a lone low one starting
 * `b` stays two code points. The shorter operand is inspected first: reading a character of a long
 * concatenation makes V8 flatten (copy) it, which would make `s += x` in a loop quadratic.
 */
export function strConcat(a: Str, b: Str): Str {
  if (typeof a === "string" && typeof b === "string") {
    if (a.length === 0) return b;
    if (b.length === 0) return a;
    if (a.length <= b.length) {
      const c = a.charCodeAt(a.length - 1);
      if (c < 0xd800 || c >= 0xdc00) return a + b;
      const d = b.charCodeAt(0);
      if (d < 0xdc00 || d >= 0xe000) return a + b;
    } else {
      const d = b.charCodeAt(0);
      if (d < 0xdc00 || d >= 0xe000) return a + b;
      const c = a.charCodeAt(a.length - 1);
      if (c < 0xd800 || c >= 0xdc00) return a + b;
    }
  }
  return concatStr([a, b]);
}

/** `repr()` of a PyCodePointStr, by the same rules as strRepr, one code point at a time. */
export function codePointStrRepr(s: PyCodePointStr): string {
  const cps = s.codePoints;
  const quote = cps.includes(39) && !cps.includes(34) ? 34 : 39;
  const q = String.fromCharCode(quote);
  const out: string[] = [q];
  for (const cp of cps) {
    if (cp >= 0x20 && cp < 0x7f)
      out.push(cp === quote || cp === 92 ? `\\${String.fromCharCode(cp)}` : String.fromCharCode(cp));
    else if (cp === 9) out.push("\\t");
    else if (cp === 10) out.push("\\n");
    else if (cp === 13) out.push("\\r");
    else if (cp >= 0x7f && !(cp >= 0xd800 && cp <= 0xdfff) && isPrintable(cp)) out.push(String.fromCodePoint(cp));
    else out.push(cp <= 0xff ? `\\x${hex(cp, 2)}` : cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`);
  }
  out.push(q);
  return out.join("");
}

/** A Python str in either representation. */
export type Str = string | PyCodePointStr;

/**
 * An instance of a subclass of str (`class S(str)`): the str value, the subclass and an instance
 * __dict__ (a PyDict, or null until first needed). Every str method accepts it as `self`.
 */
export class PyStrSubclass {
  dict: PyObject = null;
  constructor(
    public type: PyType,
    public value: Str,
  ) {}
}

/** Whether `o` is a str or an instance of a subclass of str. */
export function isStr(o: PyObject): boolean {
  return typeof o === "string" || o instanceof PyCodePointStr || o instanceof PyStrSubclass;
}

/** The str value of a str or str-subclass instance, or undefined for anything else. */
export function asStr(o: PyObject): Str | undefined {
  if (typeof o === "string" || o instanceof PyCodePointStr) return o;
  if (o instanceof PyStrSubclass) return o.value;
  return undefined;
}

const SURROGATE_RE = /[\ud800-\udfff]/;

/**
 * Whether a JS string holds no surrogate code unit: then JS indices, lengths and comparisons are
 * Python's (every code unit is one code point) and concatenation cannot pair up lone surrogates.
 */
export function isFlat(s: string): boolean {
  if (s.length < LONG) return !SURROGATE_RE.test(s);
  return longInfo(s).flat;
}

/** Strings at least this long keep their facts in a cache, so loops over s[i] or len(s) stay linear. */
const LONG = 64;
const LONG_CACHE_MAX = 256;

interface LongInfo {
  flat: boolean;
  /** Code points, for strings with surrogates (computed on demand). */
  cps: number[] | null;
  length: number;
}
const longCache = new Map<string, LongInfo>();

function longInfo(s: string): LongInfo {
  let info = longCache.get(s);
  if (info === undefined) {
    const flat = !SURROGATE_RE.test(s);
    info = { flat, cps: null, length: flat ? s.length : countCodePoints(s) };
    if (longCache.size >= LONG_CACHE_MAX) longCache.clear();
    longCache.set(s, info);
  }
  return info;
}

function countCodePoints(s: string): number {
  const n = s.length;
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        pairs++;
        i++;
      }
    }
  }
  return n - pairs;
}

/** len() of a str. */
export function strLength(s: Str): number {
  if (typeof s !== "string") return s.codePoints.length;
  if (s.length < LONG) return countCodePoints(s);
  return longInfo(s).length;
}

/**
 * The code points of a str for reading only: the array may be shared (cached for long strings), so
 * callers must not modify it.
 */
export function readCodePoints(s: Str): readonly number[] {
  if (typeof s !== "string") return s.codePoints;
  if (s.length < LONG) return codePointsOf(s);
  const info = longInfo(s);
  if (info.cps === null) info.cps = codePointsOf(s);
  return info.cps;
}

/** Code-point order comparison of two strs: negative, 0 or positive. */
export function strCompare(a: Str, b: Str): number {
  if (typeof a === "string" && typeof b === "string") {
    if (a === b) return 0;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const c = a.charCodeAt(i);
      const d = b.charCodeAt(i);
      if (c !== d) {
        // UTF-16 order differs from code-point order only between a surrogate and U+E000..U+FFFF
        if (c >= 0xd800 && d >= 0xd800) {
          const j = i > 0 && isHigh(a.charCodeAt(i - 1)) ? i - 1 : i;
          return a.codePointAt(j)! - b.codePointAt(j)!;
        }
        return c - d;
      }
    }
    return a.length - b.length;
  }
  const x = codePointsOf(a);
  const y = codePointsOf(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/** Equality of two strs in any representation. */
export function strEquals(a: Str, b: Str): boolean {
  if (typeof a === "string" && typeof b === "string") return a === b;
  if (typeof a === "string" || typeof b === "string") return false; // a PyCodePointStr never equals a JS string
  const x = a.codePoints;
  const y = b.codePoints;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Unicode character database (CPython 3.13's, Unicode 15.1)

// BEGIN TABLES (tools/oracle/gen_string_cases.py --tables)
// CPython 3.13, Unicode 15.1.0. Do not edit by hand.

/** Base-36 lengths of the alternating runs of assigned / unassigned code points, from U+0000. */
const ASSIGNED_RUNS = [
  "oo,2,6,4,7,1,1,1,k,1,b1,1,12,2,1e,2,3,1,1j,8,r,4,6,b,7i,1,1o,2,2t,e,1n,2,1d,2,f,1,s,2,1,1,b,5,v,1,2,",
  "6,6k,1,8,2,2,2,m,1,7,1,1,3,4,2,9,2,2,2,4,8,1,4,2,1,5,2,p,2,3,1,6,4,2,2,m,1,7,1,2,1,2,1,2,2,1,1,5,4,",
  "2,2,3,3,1,7,4,1,1,7,h,a,3,1,9,1,3,1,m,1,7,1,2,1,5,2,a,1,3,1,3,2,1,f,4,2,c,7,7,1,3,1,8,2,2,2,m,1,7,1,",
  "2,1,5,2,9,2,2,2,3,7,3,4,2,1,5,2,i,a,2,1,6,3,3,1,4,3,2,1,1,1,2,3,2,3,3,3,c,4,5,3,3,1,4,2,1,6,1,e,l,5,",
  "d,1,3,1,n,1,g,2,9,1,3,1,4,7,2,1,3,2,1,2,4,2,a,7,m,1,3,1,n,1,a,1,5,2,9,1,3,1,4,7,2,6,2,1,4,2,a,1,3,c,",
  "d,1,3,1,1f,1,3,1,6,4,g,2,q,1,3,1,i,3,o,1,9,1,1,2,7,3,1,4,6,1,1,1,8,6,a,2,3,c,1m,4,t,11,2,1,1,1,5,1,",
  "o,1,1,1,n,2,5,1,1,1,7,1,a,2,4,w,20,1,10,4,13,1,10,1,f,1,d,11,5i,1,1,5,1,2,ah,1,4,2,7,1,1,1,4,2,15,1,",
  "4,2,x,1,4,2,7,1,1,1,4,2,f,1,1l,1,4,2,1v,2,w,3,q,6,2e,2,6,2,il,3,2h,7,m,9,o,9,k,c,d,1,3,1,2,c,2m,2,a,",
  "6,a,6,q,6,2h,7,17,5,1y,a,v,1,c,4,c,4,1,3,16,2,5,b,18,4,q,6,b,3,1q,2,1t,1,t,2,b,6,a,6,e,2,v,1d,25,3,",
  "1b,1,38,8,1o,3,f,3,1o,7,17,2,b,8,17,5,eu,2,6,2,12,2,6,2,8,1,1,1,1,1,1,1,v,2,1h,1,f,1,e,2,6,1,j,2,3,",
  "1,9,1,2t,1,c,2,r,1,d,3,x,f,x,f,3w,4,if,p,b,l,1ec,2,w,1,9p,5,19,1,1,5,1,2,1k,7,2,e,o,9,7,1,7,1,7,1,7,",
  "1,7,1,7,1,7,1,7,1,3i,y,q,1,2h,c,5y,q,28,1,2e,2,2v,5,17,1,2m,1,2c,b,1c,1,mlp,3,1j,9,9o,k,54,8,5n,5,2,",
  "1,1,1,5,o,1n,3,a,6,1k,8,1y,8,c,6,38,b,u,3,26,1,b,4,x,1,1j,9,e,2,a,2,2v,o,s,a,6,2,6,2,6,9,7,1,7,1,1o,",
  "4,3i,2,a,6,8mc,c,n,4,1d,4,6su,2,2y,12,7,c,5,5,q,1,5,1,1,1,2,1,2,1,3h,g,cd,2,1i,7,1,w,16,6,1f,1,j,1,",
  "4,4,5,1,3r,2,1,1,5a,3,6,2,6,2,6,2,3,3,7,1,7,a,5,2,c,1,q,1,j,1,2,1,f,2,e,y,3f,5,3,4,19,3,2g,1,d,3,1,",
  "1b,1a,3m,t,3,1d,f,s,4,10,9,u,5,17,5,u,1,11,4,e,16,4e,2,a,6,10,4,10,4,14,8,1g,b,c,1,f,1,7,1,2,1,b,1,",
  "f,1,7,1,2,1v,8n,9,m,a,8,o,6,1,16,1,9,1x,6,2,1,1,18,1,2,3,1,2,n,1,20,8,9,1c,j,1,2,5,x,3,r,5,1,1s,1k,",
  "4,k,2,1e,1,2,5,8,1,3,1,t,2,3,4,a,7,9,7,1s,w,13,4,c,9,1i,3,t,2,r,5,q,7,4,c,7,28,21,1j,1f,d,1f,7,1a,8,",
  "a,86,v,1,16,1,3,2,2,23,17,8,16,m,q,12,s,k,n,9,26,4,10,9,1w,a,1,2,p,7,a,6,1h,1,i,8,13,9,2o,1,k,b,i,1,",
  "1b,1q,7,1,1,1,4,1,f,1,b,6,1n,5,a,6,4,1,8,2,2,2,m,1,7,1,2,1,5,1,a,2,2,2,3,2,1,6,1,5,7,2,7,3,5,3v,2k,",
  "1,5,u,20,8,a,4m,1i,2,12,y,1x,b,a,6,d,j,1m,6,a,1i,r,2,f,4,n,55,1o,2s,2b,c,8,2,1,2,8,1,2,1,u,1,2,2,c,",
  "9,a,1y,8,2,1a,2,b,r,20,8,2b,d,21,7,a,6u,9,1,19,1,e,a,t,3,w,2,m,1,e,21,7,1,2,1,18,3,1,1,2,1,9,8,a,6,",
  "6,1,2,1,11,1,2,1,6,7,a,8m,p,7,h,1,15,3,s,2e,1,f,1e,d,pn,2u,33,1,5,b,5g,218,2r,d,uu,33e,g7,6nt,ft,7,",
  "v,1,a,4,29,1,a,6,u,2,6,a,1y,a,a,1,7,1,l,5,j,j4,2j,2t,23,4,1l,7,h,1s,5,b,2,e,4qg,8,ye,16,9,6w7,4,1,7,",
  "1,2,1,83,f,1,t,3,2,1,e,4,8,b0,1s4,2z,5,d,3,9,7,a,2,8,3mk,1a,2,n,9,38,1o,6u,a,13,2,5e,l,1y,3e,k,c,k,",
  "c,2f,9,p,3r,2d,1,1z,1,2,2,1,2,2,2,4,1,c,1,1,1,7,1,1t,1,4,2,8,1,7,1,s,1,4,1,5,1,1,3,7,1,9g,2,84,2,ji,",
  "f,5,1,f,uo,v,6,6,5x,7,1,h,2,7,1,2,1,5,5,1q,x,1,34,19,3,e,2,a,4,2,8w,v,h,1m,5,1,cw,16,km,7,1,4,1,2,1,",
  "f,1,5h,2,g,15,24,4,a,4,2,lt,1w,24,1p,5e,4,1,r,1,2,1,1,2,1,1,a,1,4,1,1,1,1,6,1,4,1,1,1,1,1,1,3,1,2,1,",
  "1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,2,4,1,7,1,4,1,4,1,1,1,a,1,h,5,3,1,5,1,h,1g,2,7i,18,4,2s,c,f,2,f,1,f,1,",
  "11,a,4u,1k,t,d,18,4,9,7,2,e,6,4a,rc,4,h,3,d,3,3b,4,2n,6,c,4,1,f,c,4,1k,8,a,6,14,8,u,2,2,26,9g,c,e,2,",
  "d,3,9,7,1a,1,7,8,e,4,9,7,9,7,43,1,1j,11,a,sm,wyo,w,37e,6,66,2,4g2,e,5rl,f,ha,1wi,f2,15u,3t7,5,38g,",
  "f975,1,u,2o,3k,6o,1e6o,1eke,2,1eke,2",
].join("");

/** Code points with a digit value that are not decimal (isdigit but not isdecimal): inclusive ranges. */
const DIGIT_EXTRA: readonly (readonly [number, number])[] = [
  [0xb2, 0xb3],
  [0xb9, 0xb9],
  [0x1369, 0x1371],
  [0x19da, 0x19da],
  [0x2070, 0x2070],
  [0x2074, 0x2079],
  [0x2080, 0x2089],
  [0x2460, 0x2468],
  [0x2474, 0x247c],
  [0x2488, 0x2490],
  [0x24ea, 0x24ea],
  [0x24f5, 0x24fd],
  [0x24ff, 0x24ff],
  [0x2776, 0x277e],
  [0x2780, 0x2788],
  [0x278a, 0x2792],
  [0x10a40, 0x10a43],
  [0x10e60, 0x10e68],
  [0x11052, 0x1105a],
  [0x1f100, 0x1f10a],
];

/** Code points with a numeric value outside the N* categories (Unihan numerals): inclusive ranges. */
const NUMERIC_EXTRA: readonly (readonly [number, number])[] = [
  [0x3405, 0x3405],
  [0x3483, 0x3483],
  [0x382a, 0x382a],
  [0x3b4d, 0x3b4d],
  [0x4e00, 0x4e00],
  [0x4e03, 0x4e03],
  [0x4e07, 0x4e07],
  [0x4e09, 0x4e09],
  [0x4e24, 0x4e24],
  [0x4e5d, 0x4e5d],
  [0x4e8c, 0x4e8c],
  [0x4e94, 0x4e94],
  [0x4e96, 0x4e96],
  [0x4eac, 0x4eac],
  [0x4ebf, 0x4ec0],
  [0x4edf, 0x4edf],
  [0x4ee8, 0x4ee8],
  [0x4f0d, 0x4f0d],
  [0x4f70, 0x4f70],
  [0x4fe9, 0x4fe9],
  [0x5006, 0x5006],
  [0x5104, 0x5104],
  [0x5146, 0x5146],
  [0x5169, 0x5169],
  [0x516b, 0x516b],
  [0x516d, 0x516d],
  [0x5341, 0x5341],
  [0x5343, 0x5345],
  [0x534c, 0x534c],
  [0x53c1, 0x53c4],
  [0x56db, 0x56db],
  [0x58f1, 0x58f1],
  [0x58f9, 0x58f9],
  [0x5e7a, 0x5e7a],
  [0x5efe, 0x5eff],
  [0x5f0c, 0x5f0e],
  [0x5f10, 0x5f10],
  [0x62d0, 0x62d0],
  [0x62fe, 0x62fe],
  [0x634c, 0x634c],
  [0x67d2, 0x67d2],
  [0x6d1e, 0x6d1e],
  [0x6f06, 0x6f06],
  [0x7396, 0x7396],
  [0x767e, 0x767e],
  [0x7695, 0x7695],
  [0x79ed, 0x79ed],
  [0x8086, 0x8086],
  [0x842c, 0x842c],
  [0x8cae, 0x8cae],
  [0x8cb3, 0x8cb3],
  [0x8d30, 0x8d30],
  [0x920e, 0x920e],
  [0x94a9, 0x94a9],
  [0x9621, 0x9621],
  [0x9646, 0x9646],
  [0x964c, 0x964c],
  [0x9678, 0x9678],
  [0x96f6, 0x96f6],
  [0xf96b, 0xf96b],
  [0xf973, 0xf973],
  [0xf978, 0xf978],
  [0xf9b2, 0xf9b2],
  [0xf9d1, 0xf9d1],
  [0xf9d3, 0xf9d3],
  [0xf9fd, 0xf9fd],
  [0x20001, 0x20001],
  [0x20064, 0x20064],
  [0x200e2, 0x200e2],
  [0x20121, 0x20121],
  [0x2092a, 0x2092a],
  [0x20983, 0x20983],
  [0x2098c, 0x2098c],
  [0x2099c, 0x2099c],
  [0x20aea, 0x20aea],
  [0x20afd, 0x20afd],
  [0x20b19, 0x20b19],
  [0x22390, 0x22390],
  [0x22998, 0x22998],
  [0x23b1b, 0x23b1b],
  [0x2626d, 0x2626d],
  [0x2f890, 0x2f890],
];

/** "cp:mapping" (hex, '.'-separated code points) where the title-case mapping differs from upper case. */
const TITLE_DATA = [
  "df:53.73;1c4:1c5;1c5:1c5;1c6:1c5;1c7:1c8;1c8:1c8;1c9:1c8;1ca:1cb;1cb:1cb;1cc:1cb;1f1:1f2;1f2:1f2;",
  "1f3:1f2;587:535.582;10d0:10d0;10d1:10d1;10d2:10d2;10d3:10d3;10d4:10d4;10d5:10d5;10d6:10d6;10d7:10d7;",
  "10d8:10d8;10d9:10d9;10da:10da;10db:10db;10dc:10dc;10dd:10dd;10de:10de;10df:10df;10e0:10e0;10e1:10e1;",
  "10e2:10e2;10e3:10e3;10e4:10e4;10e5:10e5;10e6:10e6;10e7:10e7;10e8:10e8;10e9:10e9;10ea:10ea;10eb:10eb;",
  "10ec:10ec;10ed:10ed;10ee:10ee;10ef:10ef;10f0:10f0;10f1:10f1;10f2:10f2;10f3:10f3;10f4:10f4;10f5:10f5;",
  "10f6:10f6;10f7:10f7;10f8:10f8;10f9:10f9;10fa:10fa;10fd:10fd;10fe:10fe;10ff:10ff;1f80:1f88;1f81:1f89;",
  "1f82:1f8a;1f83:1f8b;1f84:1f8c;1f85:1f8d;1f86:1f8e;1f87:1f8f;1f88:1f88;1f89:1f89;1f8a:1f8a;1f8b:1f8b;",
  "1f8c:1f8c;1f8d:1f8d;1f8e:1f8e;1f8f:1f8f;1f90:1f98;1f91:1f99;1f92:1f9a;1f93:1f9b;1f94:1f9c;1f95:1f9d;",
  "1f96:1f9e;1f97:1f9f;1f98:1f98;1f99:1f99;1f9a:1f9a;1f9b:1f9b;1f9c:1f9c;1f9d:1f9d;1f9e:1f9e;1f9f:1f9f;",
  "1fa0:1fa8;1fa1:1fa9;1fa2:1faa;1fa3:1fab;1fa4:1fac;1fa5:1fad;1fa6:1fae;1fa7:1faf;1fa8:1fa8;1fa9:1fa9;",
  "1faa:1faa;1fab:1fab;1fac:1fac;1fad:1fad;1fae:1fae;1faf:1faf;1fb2:1fba.345;1fb3:1fbc;1fb4:386.345;",
  "1fb7:391.342.345;1fbc:1fbc;1fc2:1fca.345;1fc3:1fcc;1fc4:389.345;1fc7:397.342.345;1fcc:1fcc;",
  "1ff2:1ffa.345;1ff3:1ffc;1ff4:38f.345;1ff7:3a9.342.345;1ffc:1ffc;fb00:46.66;fb01:46.69;fb02:46.6c;",
  "fb03:46.66.69;fb04:46.66.6c;fb05:53.74;fb06:53.74;fb13:544.576;fb14:544.565;fb15:544.56b;",
  "fb16:54e.576;fb17:544.56d",
].join("");

/** "cp:mapping" where the full case folding differs from lower case. */
const FOLD_DATA = [
  "b5:3bc;df:73.73;149:2bc.6e;17f:73;1f0:6a.30c;345:3b9;390:3b9.308.301;3b0:3c5.308.301;3c2:3c3;",
  "3d0:3b2;3d1:3b8;3d5:3c6;3d6:3c0;3f0:3ba;3f1:3c1;3f5:3b5;587:565.582;13a0:13a0;13a1:13a1;13a2:13a2;",
  "13a3:13a3;13a4:13a4;13a5:13a5;13a6:13a6;13a7:13a7;13a8:13a8;13a9:13a9;13aa:13aa;13ab:13ab;13ac:13ac;",
  "13ad:13ad;13ae:13ae;13af:13af;13b0:13b0;13b1:13b1;13b2:13b2;13b3:13b3;13b4:13b4;13b5:13b5;13b6:13b6;",
  "13b7:13b7;13b8:13b8;13b9:13b9;13ba:13ba;13bb:13bb;13bc:13bc;13bd:13bd;13be:13be;13bf:13bf;13c0:13c0;",
  "13c1:13c1;13c2:13c2;13c3:13c3;13c4:13c4;13c5:13c5;13c6:13c6;13c7:13c7;13c8:13c8;13c9:13c9;13ca:13ca;",
  "13cb:13cb;13cc:13cc;13cd:13cd;13ce:13ce;13cf:13cf;13d0:13d0;13d1:13d1;13d2:13d2;13d3:13d3;13d4:13d4;",
  "13d5:13d5;13d6:13d6;13d7:13d7;13d8:13d8;13d9:13d9;13da:13da;13db:13db;13dc:13dc;13dd:13dd;13de:13de;",
  "13df:13df;13e0:13e0;13e1:13e1;13e2:13e2;13e3:13e3;13e4:13e4;13e5:13e5;13e6:13e6;13e7:13e7;13e8:13e8;",
  "13e9:13e9;13ea:13ea;13eb:13eb;13ec:13ec;13ed:13ed;13ee:13ee;13ef:13ef;13f0:13f0;13f1:13f1;13f2:13f2;",
  "13f3:13f3;13f4:13f4;13f5:13f5;13f8:13f0;13f9:13f1;13fa:13f2;13fb:13f3;13fc:13f4;13fd:13f5;1c80:432;",
  "1c81:434;1c82:43e;1c83:441;1c84:442;1c85:442;1c86:44a;1c87:463;1c88:a64b;1e96:68.331;1e97:74.308;",
  "1e98:77.30a;1e99:79.30a;1e9a:61.2be;1e9b:1e61;1e9e:73.73;1f50:3c5.313;1f52:3c5.313.300;",
  "1f54:3c5.313.301;1f56:3c5.313.342;1f80:1f00.3b9;1f81:1f01.3b9;1f82:1f02.3b9;1f83:1f03.3b9;",
  "1f84:1f04.3b9;1f85:1f05.3b9;1f86:1f06.3b9;1f87:1f07.3b9;1f88:1f00.3b9;1f89:1f01.3b9;1f8a:1f02.3b9;",
  "1f8b:1f03.3b9;1f8c:1f04.3b9;1f8d:1f05.3b9;1f8e:1f06.3b9;1f8f:1f07.3b9;1f90:1f20.3b9;1f91:1f21.3b9;",
  "1f92:1f22.3b9;1f93:1f23.3b9;1f94:1f24.3b9;1f95:1f25.3b9;1f96:1f26.3b9;1f97:1f27.3b9;1f98:1f20.3b9;",
  "1f99:1f21.3b9;1f9a:1f22.3b9;1f9b:1f23.3b9;1f9c:1f24.3b9;1f9d:1f25.3b9;1f9e:1f26.3b9;1f9f:1f27.3b9;",
  "1fa0:1f60.3b9;1fa1:1f61.3b9;1fa2:1f62.3b9;1fa3:1f63.3b9;1fa4:1f64.3b9;1fa5:1f65.3b9;1fa6:1f66.3b9;",
  "1fa7:1f67.3b9;1fa8:1f60.3b9;1fa9:1f61.3b9;1faa:1f62.3b9;1fab:1f63.3b9;1fac:1f64.3b9;1fad:1f65.3b9;",
  "1fae:1f66.3b9;1faf:1f67.3b9;1fb2:1f70.3b9;1fb3:3b1.3b9;1fb4:3ac.3b9;1fb6:3b1.342;1fb7:3b1.342.3b9;",
  "1fbc:3b1.3b9;1fbe:3b9;1fc2:1f74.3b9;1fc3:3b7.3b9;1fc4:3ae.3b9;1fc6:3b7.342;1fc7:3b7.342.3b9;",
  "1fcc:3b7.3b9;1fd2:3b9.308.300;1fd3:3b9.308.301;1fd6:3b9.342;1fd7:3b9.308.342;1fe2:3c5.308.300;",
  "1fe3:3c5.308.301;1fe4:3c1.313;1fe6:3c5.342;1fe7:3c5.308.342;1ff2:1f7c.3b9;1ff3:3c9.3b9;1ff4:3ce.3b9;",
  "1ff6:3c9.342;1ff7:3c9.342.3b9;1ffc:3c9.3b9;ab70:13a0;ab71:13a1;ab72:13a2;ab73:13a3;ab74:13a4;",
  "ab75:13a5;ab76:13a6;ab77:13a7;ab78:13a8;ab79:13a9;ab7a:13aa;ab7b:13ab;ab7c:13ac;ab7d:13ad;ab7e:13ae;",
  "ab7f:13af;ab80:13b0;ab81:13b1;ab82:13b2;ab83:13b3;ab84:13b4;ab85:13b5;ab86:13b6;ab87:13b7;ab88:13b8;",
  "ab89:13b9;ab8a:13ba;ab8b:13bb;ab8c:13bc;ab8d:13bd;ab8e:13be;ab8f:13bf;ab90:13c0;ab91:13c1;ab92:13c2;",
  "ab93:13c3;ab94:13c4;ab95:13c5;ab96:13c6;ab97:13c7;ab98:13c8;ab99:13c9;ab9a:13ca;ab9b:13cb;ab9c:13cc;",
  "ab9d:13cd;ab9e:13ce;ab9f:13cf;aba0:13d0;aba1:13d1;aba2:13d2;aba3:13d3;aba4:13d4;aba5:13d5;aba6:13d6;",
  "aba7:13d7;aba8:13d8;aba9:13d9;abaa:13da;abab:13db;abac:13dc;abad:13dd;abae:13de;abaf:13df;abb0:13e0;",
  "abb1:13e1;abb2:13e2;abb3:13e3;abb4:13e4;abb5:13e5;abb6:13e6;abb7:13e7;abb8:13e8;abb9:13e9;abba:13ea;",
  "abbb:13eb;abbc:13ec;abbd:13ed;abbe:13ee;abbf:13ef;fb00:66.66;fb01:66.69;fb02:66.6c;fb03:66.66.69;",
  "fb04:66.66.6c;fb05:73.74;fb06:73.74;fb13:574.576;fb14:574.565;fb15:574.56b;fb16:57e.576;fb17:574.56d",
].join("");
// END TABLES

/** Start of each run (even index: assigned run, odd: unassigned), decoded on first use. */
let assignedStarts: Int32Array | null = null;

function decodeRuns(): Int32Array {
  const lengths = ASSIGNED_RUNS.split(",");
  const starts = new Int32Array(lengths.length);
  let cp = 0;
  for (let i = 0; i < lengths.length; i++) {
    starts[i] = cp;
    cp += Number.parseInt(lengths[i]!, 36);
  }
  return starts;
}

/** Whether `cp` is assigned in CPython's Unicode version (general category other than Cn). */
export function isAssigned(cp: number): boolean {
  if (cp < 0x378) return true;
  const starts = (assignedStarts ??= decodeRuns());
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return (lo & 1) === 0;
}

let notAssignedRe: RegExp | null = null;

/** Matches a code point that CPython's Unicode version does not assign (JS's may). */
function notAssignedPattern(): RegExp {
  if (notAssignedRe !== null) return notAssignedRe;
  const starts = (assignedStarts ??= decodeRuns());
  const parts: string[] = [];
  const esc = (cp: number) => `\\u{${cp.toString(16)}}`;
  for (let i = 1; i < starts.length; i += 2) {
    const a = starts[i]!;
    const b = i + 1 < starts.length ? starts[i + 1]! - 1 : 0x10ffff;
    parts.push(a === b ? esc(a) : `${esc(a)}-${esc(b)}`);
  }
  notAssignedRe = new RegExp(`[${parts.join("")}]`, "u");
  return notAssignedRe;
}

function inRanges(table: readonly (readonly [number, number])[], cp: number): boolean {
  let lo = 0;
  let hi = table.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = table[mid]!;
    if (cp < r[0]) hi = mid - 1;
    else if (cp > r[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

function parseMapping(data: string): Map<number, string> {
  const m = new Map<number, string>();
  for (const item of data.split(";")) {
    const [k, v] = item.split(":");
    m.set(Number.parseInt(k!, 16), String.fromCodePoint(...v!.split(".").map((h) => Number.parseInt(h, 16))));
  }
  return m;
}

let titleMap: Map<number, string> | null = null;
let foldMap: Map<number, string> | null = null;

// Character properties as CPython's _PyUnicode_TypeRecord flags, one bit each.
export const CT_ALPHA = 1;
export const CT_DECIMAL = 2;
export const CT_DIGIT = 4;
export const CT_NUMERIC = 8;
export const CT_SPACE = 16;
export const CT_UPPER = 32;
export const CT_LOWER = 64;
export const CT_TITLE = 128;
export const CT_CASED = 256;
export const CT_CASE_IGNORABLE = 512;
export const CT_XID_START = 1024;
export const CT_XID_CONTINUE = 2048;
export const CT_PRINTABLE = 4096;
const CT_KNOWN = 0x8000;

const RE_ALPHA = /^\p{L}$/u;
const RE_DECIMAL = /^\p{Nd}$/u;
const RE_NUMERIC = /^\p{N}$/u;
const RE_UPPER = /^\p{Uppercase}$/u;
const RE_LOWER = /^\p{Lowercase}$/u;
const RE_TITLE = /^\p{Lt}$/u;
const RE_CASED = /^\p{Cased}$/u;
const RE_CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;
const RE_XID_START = /^\p{XID_Start}$/u;
const RE_XID_CONTINUE = /^\p{XID_Continue}$/u;

/**
 * Characters whose properties changed after Unicode 15.1 (JS reports the newer ones): bits to add and
 * bits to remove to get CPython's answer.
 */
const PROP_OVERRIDES = new Map<number, [number, number]>([
  // U+0295 LATIN LETTER PHARYNGEAL VOICED FRICATIVE: Ll in 15.1, Lo from 16.0
  [0x295, [CT_LOWER | CT_CASED, 0]],
  // U+1171E AHOM CONSONANT SIGN MEDIAL RA: Mn (case-ignorable) in 15.1, Mc from 16.0
  [0x1171e, [CT_CASE_IGNORABLE, 0]],
]);

/** CPython's whitespace (Py_UNICODE_ISSPACE): bidirectional class WS, B or S, or category Zs. */
export function isSpaceCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x20);
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

function computeProps(cp: number): number {
  if (!isAssigned(cp)) return 0;
  const c = String.fromCodePoint(cp);
  let p = 0;
  if (RE_ALPHA.test(c)) p |= CT_ALPHA;
  if (RE_DECIMAL.test(c)) p |= CT_DECIMAL | CT_DIGIT | CT_NUMERIC;
  else if (inRanges(DIGIT_EXTRA, cp)) p |= CT_DIGIT | CT_NUMERIC;
  else if (RE_NUMERIC.test(c) || inRanges(NUMERIC_EXTRA, cp)) p |= CT_NUMERIC;
  if (isSpaceCodePoint(cp)) p |= CT_SPACE;
  if (RE_UPPER.test(c)) p |= CT_UPPER;
  if (RE_LOWER.test(c)) p |= CT_LOWER;
  if (RE_TITLE.test(c)) p |= CT_TITLE;
  if (RE_CASED.test(c)) p |= CT_CASED;
  if (RE_CASE_IGNORABLE.test(c)) p |= CT_CASE_IGNORABLE;
  if (RE_XID_START.test(c)) p |= CT_XID_START;
  if (RE_XID_CONTINUE.test(c)) p |= CT_XID_CONTINUE;
  if (isPrintable(cp)) p |= CT_PRINTABLE;
  const o = PROP_OVERRIDES.get(cp);
  if (o !== undefined) p = (p | o[0]) & ~o[1];
  return p;
}

const bmpProps = new Uint16Array(0x10000);
const astralProps = new Map<number, number>();

/** The CT_* property bits of a code point (computed once per character). */
export function charProps(cp: number): number {
  if (cp < 0x10000) {
    const p = bmpProps[cp]!;
    if (p !== 0) return p & ~CT_KNOWN;
    const q = computeProps(cp);
    bmpProps[cp] = q | CT_KNOWN;
    return q;
  }
  let p = astralProps.get(cp);
  if (p === undefined) {
    p = computeProps(cp);
    if (astralProps.size > 4096) astralProps.clear();
    astralProps.set(cp, p);
  }
  return p;
}

/** Py_UNICODE_TODECIMAL: the decimal value of a code point, or -1. */
export function decimalValue(cp: number): number {
  if (cp < 0x80) return cp >= 48 && cp <= 57 ? cp - 48 : -1;
  if ((charProps(cp) & CT_DECIMAL) === 0) return -1;
  // Nd characters come in runs of ten, the first one being 0
  let start = cp;
  while ((charProps(start - 1) & CT_DECIMAL) !== 0) start--;
  return (cp - start) % 10;
}

/** Characters whose upper-case mapping JS gives from a later Unicode version; CPython keeps them. */
const UPPER_UNCHANGED = new Set([0x19b, 0x264, 0xa7d3, 0xa7d5]);

/** Full upper-case mapping of one code point (SpecialCasing included), as CPython's _PyUnicode_ToUpperFull. */
export function upperFull(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 97 && cp <= 122 ? cp - 32 : cp);
  const c = String.fromCodePoint(cp);
  if (UPPER_UNCHANGED.has(cp) || !isAssigned(cp)) return c;
  return c.toUpperCase();
}

/** Full lower-case mapping of one code point (no context: final sigma is the caller's business). */
export function lowerFull(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 65 && cp <= 90 ? cp + 32 : cp);
  const c = String.fromCodePoint(cp);
  if (!isAssigned(cp)) return c;
  return c.toLowerCase();
}

/** Full title-case mapping of one code point. */
export function titleFull(cp: number): string {
  if (cp < 0x80) return upperFull(cp);
  const t = (titleMap ??= parseMapping(TITLE_DATA)).get(cp);
  return t !== undefined ? t : upperFull(cp);
}

/** Full case folding of one code point (str.casefold). */
export function foldFull(cp: number): string {
  if (cp < 0x80) return lowerFull(cp);
  const f = (foldMap ??= parseMapping(FOLD_DATA)).get(cp);
  return f !== undefined ? f : lowerFull(cp);
}

/** Whether JS's whole-string case mapping can be trusted: no character mapped differently by CPython. */
export function caseMappingIsSafe(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return !UNSAFE_CASE_RE.test(s) && !notAssignedPattern().test(s);
  }
  return true;
}
// Final sigma follows CPython's rule (handled by the caller); the others change mapping after 15.1.
const UNSAFE_CASE_RE = /[\u03a3\u019b\u0264\ua7d3\ua7d5\u0295]/;
