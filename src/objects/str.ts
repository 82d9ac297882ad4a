// Python `str` helpers. A Python str is a JS string (UTF-16): an astral character is a surrogate pair,
// a lone surrogate stands for itself.

import { isPrintable } from "../generated/unicode_printable.js";

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
  let slow = false;
  for (let i = 0; i < pieces.length && !slow; i++) {
    const p = pieces[i];
    if (typeof p !== "string") slow = true;
    else if (i + 1 < pieces.length && p.length) {
      const q = pieces[i + 1];
      if (typeof q === "string" && q.length && isHigh(p.charCodeAt(p.length - 1)) && isLow(q.charCodeAt(0)))
        slow = true;
    }
  }
  if (!slow) return (pieces as string[]).join("");
  const cps: number[] = [];
  for (const p of pieces) for (const cp of codePointsOf(p)) cps.push(cp);
  return strFromCodePoints(cps);
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
