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
