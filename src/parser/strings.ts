// Decoding of string and bytes literal bodies (escape sequences), as CPython's
// Parser/string_parser.c does for STRING and FSTRING_MIDDLE tokens.

import { codePointsOf, type PyCodePointStr, strFromCodePoints } from "../objects/str.js";
import { lookupUnicodeName } from "../generated/unicode_names.js";
import { utf8Length } from "./tokenizer.js";

export interface StringPrefix {
  /** Number of prefix characters before the quote. */
  len: number;
  bytes: boolean;
  raw: boolean;
  u: boolean;
  f: boolean;
}

export function stringPrefix(text: string): StringPrefix {
  let i = 0;
  let bytes = false;
  let raw = false;
  let u = false;
  let f = false;
  for (;;) {
    const c = text.charCodeAt(i) | 0x20;
    if (c === 98) bytes = true;
    else if (c === 114) raw = true;
    else if (c === 117) u = true;
    else if (c === 102) f = true;
    else break;
    i++;
  }
  return { len: i, bytes, raw, u, f };
}

/** A decoding failure: message in CPython's words; the caller positions it on the token. */
export class DecodeError {
  constructor(public msg: string) {}
}

function isOct(c: number): boolean {
  return c >= 48 && c <= 55;
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/** Decode the body of a (non-raw) str literal. Throws DecodeError. */
export function decodeUnicodeEscapes(body: string, warn?: (msg: string) => void): string | PyCodePointStr {
  let i = body.indexOf("\\");
  if (i < 0) return body;
  // CPython reports (as a SyntaxWarning) only the first invalid escape of a literal.
  let firstInvalid: string | null = null;
  const out: (string | number)[] = []; // numbers: surrogate code points from escapes
  let surrogates = false;
  let last = 0;
  const n = body.length;
  while (i >= 0) {
    out.push(body.slice(last, i));
    const escStart = i;
    i++;
    if (i >= n) {
      // A lone trailing backslash (cannot happen in a complete token, but be safe).
      throw unicodeError(body, escStart, i, "\\ at end of string");
    }
    const c = body.charCodeAt(i++);
    switch (c) {
      case 10: // backslash-newline: line continuation
        break;
      case 92:
        out.push("\\");
        break;
      case 39:
        out.push("'");
        break;
      case 34:
        out.push('"');
        break;
      case 98:
        out.push("\b");
        break;
      case 102:
        out.push("\f");
        break;
      case 116:
        out.push("\t");
        break;
      case 110:
        out.push("\n");
        break;
      case 114:
        out.push("\r");
        break;
      case 118:
        out.push("\v");
        break;
      case 97:
        out.push("\x07");
        break;
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55: {
        let v = c - 48;
        if (i < n && isOct(body.charCodeAt(i))) {
          v = v * 8 + body.charCodeAt(i++) - 48;
          if (i < n && isOct(body.charCodeAt(i))) v = v * 8 + body.charCodeAt(i++) - 48;
        }
        if (v > 0o377 && firstInvalid === null)
          firstInvalid = `invalid octal escape sequence '\\${body.slice(escStart + 1, i)}'`;
        out.push(String.fromCodePoint(v));
        break;
      }
      case 120:
      case 117:
      case 85: {
        const digits = c === 120 ? 2 : c === 117 ? 4 : 8;
        let v = 0;
        let k = 0;
        for (; k < digits && i < n; k++) {
          const h = hexVal(body.charCodeAt(i));
          if (h < 0) break;
          v = v * 16 + h;
          i++;
        }
        if (k < digits) {
          const what =
            c === 120
              ? "truncated \\xXX escape"
              : c === 117
                ? "truncated \\uXXXX escape"
                : "truncated \\UXXXXXXXX escape";
          throw unicodeError(body, escStart, i, what);
        }
        if (v > 0x10ffff) throw unicodeError(body, escStart, i, "illegal Unicode character");
        if (v >= 0xd800 && v <= 0xdfff) {
          out.push(v);
          surrogates = true;
        } else out.push(String.fromCodePoint(v));
        break;
      }
      case 78: {
        // \N{NAME}
        if (i < n && body.charCodeAt(i) === 123) {
          const close = body.indexOf("}", i + 1);
          if (close > i + 1) {
            const name = body.slice(i + 1, close);
            const cp = lookupUnicodeName(name);
            if (cp >= 0) {
              out.push(String.fromCodePoint(cp));
              i = close + 1;
              break;
            }
            throw unicodeError(body, escStart, close + 1, "unknown Unicode character name");
          }
        }
        throw unicodeError(body, escStart, Math.min(i + 1, n), "malformed \\N character escape");
      }
      default:
        // Invalid escape: kept as is (CPython warns).
        if (firstInvalid === null) firstInvalid = `invalid escape sequence '\\${String.fromCharCode(c)}'`;
        out.push("\\", String.fromCharCode(c));
        if (c >= 0xd800 && c <= 0xdbff && i < n) out.push(body[i++]);
    }
    last = i;
    i = body.indexOf("\\", i);
  }
  out.push(body.slice(last));
  if (firstInvalid !== null && warn) warn(firstInvalid);
  if (!surrogates) return out.join("");
  // Escaped surrogates stay separate code points, even when a high one precedes a low one.
  const cps: number[] = [];
  for (const p of out) {
    if (typeof p === "number") cps.push(p);
    else for (const cp of codePointsOf(p)) cps.push(cp);
  }
  return strFromCodePoints(cps);
}

function unicodeError(body: string, start: number, end: number, what: string): DecodeError {
  // Positions are in the UTF-8 encoded body, as the unicode-escape codec sees it.
  const s = utf8Length(body, 0, start);
  const e = utf8Length(body, 0, end) - 1;
  const pos = e > s ? `bytes in position ${s}-${e}` : `byte ${"0x5c"} in position ${s}`;
  return new DecodeError(`(unicode error) 'unicodeescape' codec can't decode ${pos}: ${what}`);
}

/** Decode the body of a bytes literal. `raw` skips escapes. Throws DecodeError. */
export function decodeBytes(body: string, raw: boolean, warn?: (msg: string) => void): Uint8Array {
  let firstInvalid: string | null = null;
  const n = body.length;
  const out = new Uint8Array(n);
  let j = 0;
  for (let i = 0; i < n; ) {
    const c = body.charCodeAt(i++);
    if (c >= 128) throw new DecodeError("bytes can only contain ASCII literal characters");
    if (c !== 92 || raw) {
      out[j++] = c;
      continue;
    }
    const escStart = i - 1;
    const d = i < n ? body.charCodeAt(i++) : -1;
    switch (d) {
      case 10:
        break;
      case 92:
        out[j++] = 92;
        break;
      case 39:
        out[j++] = 39;
        break;
      case 34:
        out[j++] = 34;
        break;
      case 98:
        out[j++] = 8;
        break;
      case 102:
        out[j++] = 12;
        break;
      case 116:
        out[j++] = 9;
        break;
      case 110:
        out[j++] = 10;
        break;
      case 114:
        out[j++] = 13;
        break;
      case 118:
        out[j++] = 11;
        break;
      case 97:
        out[j++] = 7;
        break;
      case 120: {
        const h1 = i < n ? hexVal(body.charCodeAt(i)) : -1;
        const h2 = i + 1 < n ? hexVal(body.charCodeAt(i + 1)) : -1;
        if (h1 < 0 || h2 < 0) throw new DecodeError(`(value error) invalid \\x escape at position ${escStart}`);
        out[j++] = h1 * 16 + h2;
        i += 2;
        break;
      }
      default:
        if (d >= 48 && d <= 55) {
          let v = d - 48;
          if (i < n && isOct(body.charCodeAt(i))) {
            v = v * 8 + body.charCodeAt(i++) - 48;
            if (i < n && isOct(body.charCodeAt(i))) v = v * 8 + body.charCodeAt(i++) - 48;
          }
          if (v > 0o377 && firstInvalid === null) {
            firstInvalid = `invalid octal escape sequence '\\${body.slice(escStart + 1, i)}'`;
          }
          out[j++] = v & 0xff;
        } else {
          if (firstInvalid === null && d >= 0) firstInvalid = `invalid escape sequence '\\${String.fromCharCode(d)}'`;
          out[j++] = 92;
          if (d >= 0) {
            if (d >= 128) throw new DecodeError("bytes can only contain ASCII literal characters");
            out[j++] = d;
          }
        }
    }
  }
  if (firstInvalid !== null && warn) warn(firstInvalid);
  return out.slice(0, j);
}
