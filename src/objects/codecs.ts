// Text encodings for str.encode, bytes.decode and str(bytes, encoding) (CPython's Objects/unicodeobject.c
// codecs and Python/codecs.c error handlers): utf-8, utf-8-sig, ascii, latin-1, utf-16 and utf-32 (with
// and without byte order), the error handlers strict, ignore, replace, backslashreplace,
// xmlcharrefreplace, surrogateescape and surrogatepass, and CPython's UnicodeError objects and messages.
//
// Also the buffer protocol as far as this runtime needs it: `getBuffer(o)` gives the bytes of any
// bytes-like object (bytes, bytearray, memoryview, or any object with a `bufferBytes()` method).

import { readFileSync } from "node:fs";
import { TextDecoder, TextEncoder } from "node:util";
import { gunzipSync } from "node:zlib";
import { LookupError, newException, PyBaseException, UnicodeDecodeError, UnicodeEncodeError } from "./exceptions.js";
import { PyBytes } from "./bytes.js";
import type { PyObject } from "./object.js";
import { lookupUnicodeName } from "../generated/unicode_names.js";
import { codePointsOf, type Str, strFromCodePoints } from "./str.js";

// ---------------------------------------------------------------------------------------------------
// Buffer protocol

/** An object exposing its bytes (bytearray, memoryview, array, ...). */
export interface BufferExporter {
  /** The exported bytes: a view of the object's memory (valid until the object is resized). */
  bufferBytes(): Uint8Array;
}

/** The bytes of a bytes-like object, or undefined when `o` does not support the buffer protocol. */
export function getBuffer(o: PyObject): Uint8Array | undefined {
  if (o instanceof PyBytes) return o.data;
  if (o !== null && typeof o === "object" && typeof o.bufferBytes === "function") return o.bufferBytes();
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Codec lookup

/** CPython's encodings.aliases for the codecs implemented here. */
const ALIASES: Record<string, string> = {
  "646": "ascii",
  ansi_x3_4_1968: "ascii",
  ansi_x3_4_1986: "ascii",
  cp367: "ascii",
  csascii: "ascii",
  ibm367: "ascii",
  iso646_us: "ascii",
  iso_646_irv_1991: "ascii",
  iso_ir_6: "ascii",
  us: "ascii",
  us_ascii: "ascii",
  "8859": "latin_1",
  cp819: "latin_1",
  csisolatin1: "latin_1",
  ibm819: "latin_1",
  iso8859: "latin_1",
  iso8859_1: "latin_1",
  iso_8859_1: "latin_1",
  iso_8859_1_1987: "latin_1",
  iso_ir_100: "latin_1",
  l1: "latin_1",
  latin: "latin_1",
  latin1: "latin_1",
  u16: "utf_16",
  utf16: "utf_16",
  unicodebigunmarked: "utf_16_be",
  utf_16be: "utf_16_be",
  unicodelittleunmarked: "utf_16_le",
  utf_16le: "utf_16_le",
  u32: "utf_32",
  utf32: "utf_32",
  utf_32be: "utf_32_be",
  utf_32le: "utf_32_le",
  cp65001: "utf_8",
  u8: "utf_8",
  utf: "utf_8",
  utf8: "utf_8",
  utf8_ucs2: "utf_8",
  utf8_ucs4: "utf_8",
};

/** Codec module name → the name CPython's codec reports in errors and `codecs.lookup(...).name`. */
const CODECS: Record<string, string> = {
  ascii: "ascii",
  latin_1: "latin-1",
  utf_8: "utf-8",
  utf_8_sig: "utf-8-sig",
  utf_16: "utf-16",
  utf_16_le: "utf-16-le",
  utf_16_be: "utf-16-be",
  utf_32: "utf-32",
  utf_32_le: "utf-32-le",
  utf_32_be: "utf-32-be",
  unicode_escape: "unicode-escape",
  raw_unicode_escape: "raw-unicode-escape",
};

const codecCache = new Map<string, string>();

/** encodings.normalize_encoding: runs of characters other than ASCII alphanumerics and '.' become '_'. */
function normalizeEncoding(name: string): string {
  let out = "";
  let punct = false;
  for (const ch of name) {
    const c = ch.codePointAt(0)!;
    const alnum = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
    if (alnum) {
      if (punct && out.length > 0) out += "_";
      out += ch;
      punct = false;
    } else if (c >= 0x80 && /^[\p{L}\p{N}]$/u.test(ch)) {
      // a non-ASCII alphanumeric ends a punctuation run but is dropped
      if (punct && out.length > 0) out += "_";
      punct = false;
    } else punct = true;
  }
  return out;
}

/** The codec module name for an encoding name (e.g. "UTF-8" → "utf_8"); LookupError when unknown. */
export function lookupCodec(encoding: string): string {
  let c = codecCache.get(encoding);
  if (c !== undefined) return c;
  const norm = normalizeEncoding(encoding.toLowerCase());
  c = ALIASES[norm] ?? ALIASES[norm.replace(/\./g, "_")] ?? norm;
  if (!Object.hasOwn(CODECS, c)) throw newException(LookupError, `unknown encoding: ${encoding}`);
  if (codecCache.size > 256) codecCache.clear();
  codecCache.set(encoding, c);
  return c;
}

/** The name a codec reports (codecs.lookup(encoding).name for the codecs implemented here). */
export function codecName(encoding: string): string {
  return CODECS[lookupCodec(encoding)]!;
}

// ---------------------------------------------------------------------------------------------------
// UnicodeError objects

/** A UnicodeDecodeError as CPython builds it: args (encoding, object, start, end, reason). */
export function newDecodeError(
  encoding: string,
  data: Uint8Array,
  start: number,
  end: number,
  reason: string,
): PyBaseException {
  const obj = new PyBytes(data.slice());
  const e = new PyBaseException(UnicodeDecodeError, [encoding, obj, start, end, reason]);
  e.encoding = encoding;
  e.object = obj;
  e.start = start;
  e.end = end;
  e.reason = reason;
  return e;
}

/** A UnicodeEncodeError: args (encoding, object, start, end, reason). */
export function newEncodeError(encoding: string, s: Str, start: number, end: number, reason: string): PyBaseException {
  const e = new PyBaseException(UnicodeEncodeError, [encoding, s, start, end, reason]);
  e.encoding = encoding;
  e.object = s;
  e.start = start;
  e.end = end;
  e.reason = reason;
  return e;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

/**
 * str() of a UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError from its fields, as
 * CPython's UnicodeDecodeError_str and friends: "'utf-8' codec can't decode byte 0xff in position 0:
 * invalid start byte".
 */
export function unicodeErrorStr(e: PyBaseException): string {
  const start: number = e.start;
  const end: number = e.end;
  const t = e.type;
  if (t.isSubtype(UnicodeDecodeError)) {
    const data = getBuffer(e.object);
    if (data !== undefined && start >= 0 && start < data.length && end === start + 1) {
      return `'${e.encoding}' codec can't decode byte 0x${hex(data[start]!, 2)} in position ${start}: ${e.reason}`;
    }
    return `'${e.encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${e.reason}`;
  }
  const cps = codePointsOf(e.object as Str);
  const what = t.isSubtype(UnicodeEncodeError) ? `'${e.encoding}' codec can't encode` : "can't translate";
  if (start >= 0 && start < cps.length && end === start + 1) {
    const c = cps[start]!;
    const esc = c <= 0xff ? `\\x${hex(c, 2)}` : c <= 0xffff ? `\\u${hex(c, 4)}` : `\\U${hex(c, 8)}`;
    return `${what} character '${esc}' in position ${start}: ${e.reason}`;
  }
  return `${what} characters in position ${start}-${end - 1}: ${e.reason}`;
}

function unknownHandler(errors: string): PyBaseException {
  return newException(LookupError, `unknown error handler name '${errors}'`);
}

// ---------------------------------------------------------------------------------------------------
// Decoding

/** Output of a decoder: code points, turned into a str at the end. */
type CpSink = number[];

function pushAscii(out: CpSink, s: string): void {
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
}

/**
 * Applies the error handler to data[start:end] during decoding; returns where decoding resumes.
 * `surrogatePass` is the codec's surrogatepass rule: [code point, length] of a surrogate at `start`, or null.
 */
function decodeErrorHandler(
  errors: string,
  encoding: string,
  data: Uint8Array,
  start: number,
  end: number,
  reason: string,
  out: CpSink,
  surrogatePass: ((at: number) => [number, number] | null) | null,
): number {
  switch (errors) {
    case "strict":
      break;
    case "ignore":
      return end;
    case "replace":
      out.push(0xfffd);
      return end;
    case "backslashreplace":
      for (let i = start; i < end; i++) pushAscii(out, `\\x${hex(data[i]!, 2)}`);
      return end;
    case "surrogateescape": {
      // the leading bytes >= 128 of the range become U+DC80..U+DCFF; decoding resumes after them
      let k = start;
      while (k < end && data[k]! >= 128) out.push(0xdc00 + data[k++]!);
      if (k === start) break;
      return k;
    }
    case "surrogatepass": {
      const r = surrogatePass === null ? null : surrogatePass(start);
      if (r === null) break;
      out.push(r[0]);
      return start + r[1];
    }
    default:
      throw unknownHandler(errors);
  }
  throw newDecodeError(encoding, data, start, end, reason);
}

let fatalUtf8: TextDecoder | null = null;

function isCont(b: number): boolean {
  return (b & 0xc0) === 0x80;
}

/** UTF-8 decoding with CPython's error ranges (maximal invalid subparts) and messages. */
function decodeUtf8(data: Uint8Array, errors: string, encoding = "utf-8"): Str {
  if (errors === "strict" || errors === "replace") {
    try {
      fatalUtf8 ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
      return fatalUtf8.decode(data);
    } catch {
      // fall through to the exact decoder, which finds the error
    }
  }
  const n = data.length;
  const out: CpSink = [];
  const surrogatePass = (at: number): [number, number] | null => {
    if (at + 2 < n && data[at] === 0xed && (data[at + 1]! & 0xe0) === 0xa0 && isCont(data[at + 2]!)) {
      return [0xd000 | ((data[at + 1]! & 0x3f) << 6) | (data[at + 2]! & 0x3f), 3];
    }
    return null;
  };
  let i = 0;
  while (i < n) {
    const b = data[i]!;
    if (b < 0x80) {
      out.push(b);
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else {
      i = decodeErrorHandler(errors, encoding, data, i, i + 1, "invalid start byte", out, surrogatePass);
      continue;
    }
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let k = 1;
    let err: string | null = null;
    for (; k <= need; k++) {
      if (i + k >= n) {
        err = "unexpected end of data";
        break;
      }
      const c = data[i + k]!;
      if (k === 1 ? c < lo || c > hi : !isCont(c)) {
        err = "invalid continuation byte";
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (err === null) {
      out.push(cp);
      i += need + 1;
    } else {
      const end = err === "unexpected end of data" ? n : i + k;
      i = decodeErrorHandler(errors, encoding, data, i, end, err, out, surrogatePass);
    }
  }
  return strFromCodePoints(out);
}

function decodeAscii(data: Uint8Array, errors: string): Str {
  const n = data.length;
  let i = 0;
  while (i < n && data[i]! < 0x80) i++;
  if (i === n) return latin1String(data);
  const out: CpSink = [];
  for (let j = 0; j < n; ) {
    const b = data[j]!;
    if (b < 0x80) {
      out.push(b);
      j++;
    } else j = decodeErrorHandler(errors, "ascii", data, j, j + 1, "ordinal not in range(128)", out, null);
  }
  return strFromCodePoints(out);
}

function latin1String(data: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < data.length; i += 8192) {
    parts.push(String.fromCharCode.apply(null, data.subarray(i, i + 8192) as unknown as number[]));
  }
  return parts.join("");
}

function decodeUtf16(data: Uint8Array, errors: string, order: "le" | "be" | "bom"): Str {
  let le = order !== "be";
  let i = 0;
  const n = data.length;
  if (order === "bom" && n >= 2) {
    if (data[0] === 0xff && data[1] === 0xfe) i = 2;
    else if (data[0] === 0xfe && data[1] === 0xff) {
      le = false;
      i = 2;
    }
  }
  const encoding = le ? "utf-16-le" : "utf-16-be";
  const unit = (at: number) => (le ? data[at]! | (data[at + 1]! << 8) : (data[at]! << 8) | data[at + 1]!);
  const surrogatePass = (at: number): [number, number] | null => {
    if (at + 1 >= n) return null;
    const u = unit(at);
    return u >= 0xd800 && u < 0xe000 ? [u, 2] : null;
  };
  const out: CpSink = [];
  while (i < n) {
    if (i + 1 >= n) {
      i = decodeErrorHandler(errors, encoding, data, i, n, "truncated data", out, surrogatePass);
      continue;
    }
    const u = unit(i);
    if (u < 0xd800 || u >= 0xe000) {
      out.push(u);
      i += 2;
    } else if (u >= 0xdc00) {
      i = decodeErrorHandler(errors, encoding, data, i, i + 2, "illegal encoding", out, surrogatePass);
    } else if (i + 3 >= n) {
      i = decodeErrorHandler(errors, encoding, data, i, n, "unexpected end of data", out, surrogatePass);
    } else {
      const v = unit(i + 2);
      if (v >= 0xdc00 && v < 0xe000) {
        out.push(0x10000 + ((u - 0xd800) << 10) + (v - 0xdc00));
        i += 4;
      } else i = decodeErrorHandler(errors, encoding, data, i, i + 2, "illegal UTF-16 surrogate", out, surrogatePass);
    }
  }
  return strFromCodePoints(out);
}

function decodeUtf32(data: Uint8Array, errors: string, order: "le" | "be" | "bom"): Str {
  let le = order !== "be";
  let i = 0;
  const n = data.length;
  if (order === "bom" && n >= 4) {
    if (data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) i = 4;
    else if (data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) {
      le = false;
      i = 4;
    }
  }
  const encoding = le ? "utf-32-le" : "utf-32-be";
  const word = (at: number) =>
    le
      ? (data[at]! | (data[at + 1]! << 8) | (data[at + 2]! << 16) | (data[at + 3]! << 24)) >>> 0
      : ((data[at]! << 24) | (data[at + 1]! << 16) | (data[at + 2]! << 8) | data[at + 3]!) >>> 0;
  const surrogatePass = (at: number): [number, number] | null => {
    if (at + 3 >= n) return null;
    const w = word(at);
    return w >= 0xd800 && w < 0xe000 ? [w, 4] : null;
  };
  const out: CpSink = [];
  while (i < n) {
    if (i + 3 >= n) {
      i = decodeErrorHandler(errors, encoding, data, i, n, "truncated data", out, surrogatePass);
      continue;
    }
    const w = word(i);
    if (w >= 0x110000) {
      i = decodeErrorHandler(errors, encoding, data, i, i + 4, "code point not in range(0x110000)", out, surrogatePass);
    } else if (w >= 0xd800 && w < 0xe000) {
      const reason = "code point in surrogate code point range(0xd800, 0xe000)";
      i = decodeErrorHandler(errors, encoding, data, i, i + 4, reason, out, surrogatePass);
    } else {
      out.push(w);
      i += 4;
    }
  }
  return strFromCodePoints(out);
}

/** bytes.decode(encoding, errors). */
export function decodeBytes(data: Uint8Array, encoding: string, errors: string): Str {
  switch (lookupCodec(encoding)) {
    case "utf_8":
      return decodeUtf8(data, errors);
    case "utf_8_sig":
      if (data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
        return decodeUtf8(data.subarray(3), errors);
      }
      return decodeUtf8(data, errors);
    case "ascii":
      return decodeAscii(data, errors);
    case "latin_1":
      return latin1String(data);
    case "utf_16":
      return decodeUtf16(data, errors, "bom");
    case "utf_16_le":
      return decodeUtf16(data, errors, "le");
    case "utf_16_be":
      return decodeUtf16(data, errors, "be");
    case "utf_32":
      return decodeUtf32(data, errors, "bom");
    case "utf_32_le":
      return decodeUtf32(data, errors, "le");
    case "utf_32_be":
      return decodeUtf32(data, errors, "be");
    case "unicode_escape":
      return decodeUnicodeEscape(data, errors);
    default:
      return decodeRawUnicodeEscape(data, errors);
  }
}

function hexDigit(c: number | undefined): number {
  if (c === undefined) return -1;
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

const SIMPLE_ESCAPES: Record<number, number> = {
  92: 92, // \\
  39: 39, // \'
  34: 34, // \"
  98: 8, // \b
  102: 12, // \f
  116: 9, // \t
  110: 10, // \n
  114: 13, // \r
  118: 11, // \v
  97: 7, // \a
};

/** The unicode_escape codec's decoder (_PyUnicode_DecodeUnicodeEscapeInternal): Python string escapes. */
function decodeUnicodeEscape(data: Uint8Array, errors: string): Str {
  const n = data.length;
  const out: CpSink = [];
  let s = 0;
  while (s < n) {
    const c0 = data[s]!;
    if (c0 !== 92) {
      out.push(c0);
      s++;
      continue;
    }
    const start = s++;
    let message: string;
    if (s >= n) {
      message = "\\ at end of string";
    } else {
      const c = data[s++]!;
      if (c === 10) continue; // line continuation
      const simple = SIMPLE_ESCAPES[c];
      if (simple !== undefined) {
        out.push(simple);
        continue;
      }
      if (c >= 48 && c <= 55) {
        let ch = c - 48;
        for (let k = 0; k < 2 && s < n && data[s]! >= 48 && data[s]! <= 55; k++) ch = (ch << 3) + data[s++]! - 48;
        out.push(ch);
        continue;
      }
      if (c === 120 || c === 117 || c === 85) {
        let count = c === 120 ? 2 : c === 117 ? 4 : 8;
        message =
          c === 120
            ? "truncated \\xXX escape"
            : c === 117
              ? "truncated \\uXXXX escape"
              : "truncated \\UXXXXXXXX escape";
        let ch = 0;
        for (; count > 0 && s < n; s++, count--) {
          const d = hexDigit(data[s]);
          if (d < 0) break;
          ch = ch * 16 + d;
        }
        if (count === 0) {
          if (ch <= 0x10ffff) {
            out.push(ch);
            continue;
          }
          message = "illegal Unicode character";
        }
      } else if (c === 78) {
        message = "malformed \\N character escape";
        if (s < n && data[s] === 123) {
          const nameStart = ++s;
          while (s < n && data[s] !== 125) s++;
          if (s < n && s > nameStart) {
            const name = latin1String(data.subarray(nameStart, s));
            s++;
            const cp = lookupUnicodeName(name);
            if (cp >= 0) {
              out.push(cp);
              continue;
            }
            message = "unknown Unicode character name";
          }
        }
      } else {
        // an unknown escape is kept as it is (CPython warns)
        out.push(92, c);
        continue;
      }
    }
    s = decodeErrorHandler(errors, "unicodeescape", data, start, s, message, out, null);
  }
  return strFromCodePoints(out);
}

/** The raw_unicode_escape codec's decoder: only \\uXXXX and \\UXXXXXXXX after an odd number of backslashes. */
function decodeRawUnicodeEscape(data: Uint8Array, errors: string): Str {
  const n = data.length;
  const out: CpSink = [];
  let s = 0;
  while (s < n) {
    const c0 = data[s]!;
    if (c0 !== 92) {
      out.push(c0);
      s++;
      continue;
    }
    let run = 0;
    while (s + run < n && data[s + run] === 92) run++;
    const next = data[s + run];
    if (run % 2 === 0 || (next !== 117 && next !== 85)) {
      for (let k = 0; k < run; k++) out.push(92);
      s += run;
      continue;
    }
    for (let k = 0; k < run - 1; k++) out.push(92);
    const start = s + run - 1;
    s += run + 1;
    let count = next === 117 ? 4 : 8;
    let message = next === 117 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
    let ch = 0;
    for (; count > 0 && s < n; s++, count--) {
      const d = hexDigit(data[s]);
      if (d < 0) break;
      ch = ch * 16 + d;
    }
    if (count === 0) {
      if (ch <= 0x10ffff) {
        out.push(ch);
        continue;
      }
      message = "\\Uxxxxxxxx out of range";
    }
    s = decodeErrorHandler(errors, "rawunicodeescape", data, start, s, message, out, null);
  }
  return strFromCodePoints(out);
}

// ---------------------------------------------------------------------------------------------------
// Encoding

/** A growable byte buffer. */
export class ByteSink {
  buf: Uint8Array;
  len = 0;
  constructor(size = 64) {
    this.buf = new Uint8Array(Math.max(size, 16));
  }
  private grow(extra: number): void {
    let cap = this.buf.length * 2;
    while (cap < this.len + extra) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  push(b: number): void {
    if (this.len === this.buf.length) this.grow(1);
    this.buf[this.len++] = b;
  }
  pushAll(bytes: ArrayLike<number>): void {
    if (this.len + bytes.length > this.buf.length) this.grow(bytes.length);
    for (let i = 0; i < bytes.length; i++) this.buf[this.len++] = bytes[i]!;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

/** How a codec writes one code point (known to be encodable) and which code points it cannot encode. */
interface Encoder {
  name: string;
  reason: string;
  /** Whether the code point can be encoded. */
  ok(cp: number): boolean;
  write(out: ByteSink, cp: number): void;
  /** Errors come in runs of consecutive unencodable characters (utf-8, ascii, latin-1) or one by one. */
  runs: boolean;
  /** surrogatepass: write a surrogate, or false when the codec does not support it. */
  surrogate: ((out: ByteSink, cp: number) => boolean) | null;
  /** surrogateescape is supported (utf-8, ascii, latin-1). */
  escape: boolean;
}

function writeUtf8(out: ByteSink, cp: number): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) {
    out.push(0xc0 | (cp >> 6));
    out.push(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out.push(0xe0 | (cp >> 12));
    out.push(0x80 | ((cp >> 6) & 0x3f));
    out.push(0x80 | (cp & 0x3f));
  } else {
    out.push(0xf0 | (cp >> 18));
    out.push(0x80 | ((cp >> 12) & 0x3f));
    out.push(0x80 | ((cp >> 6) & 0x3f));
    out.push(0x80 | (cp & 0x3f));
  }
}

function isSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp < 0xe000;
}

function utf16Writer(le: boolean): (out: ByteSink, cp: number) => void {
  const unit = (out: ByteSink, u: number) => {
    if (le) {
      out.push(u & 0xff);
      out.push(u >> 8);
    } else {
      out.push(u >> 8);
      out.push(u & 0xff);
    }
  };
  return (out, cp) => {
    if (cp < 0x10000) unit(out, cp);
    else {
      const v = cp - 0x10000;
      unit(out, 0xd800 | (v >> 10));
      unit(out, 0xdc00 | (v & 0x3ff));
    }
  };
}

function utf32Writer(le: boolean): (out: ByteSink, cp: number) => void {
  return (out, cp) => {
    if (le) {
      out.push(cp & 0xff);
      out.push((cp >> 8) & 0xff);
      out.push((cp >> 16) & 0xff);
      out.push(0);
    } else {
      out.push(0);
      out.push((cp >> 16) & 0xff);
      out.push((cp >> 8) & 0xff);
      out.push(cp & 0xff);
    }
  };
}

function makeEncoder(codec: string): Encoder {
  switch (codec) {
    case "utf_8":
    case "utf_8_sig":
      return {
        name: "utf-8",
        reason: "surrogates not allowed",
        ok: (cp) => !isSurrogate(cp),
        write: writeUtf8,
        runs: true,
        surrogate: (out, cp) => {
          writeUtf8(out, cp);
          return true;
        },
        escape: true,
      };
    case "ascii":
    case "latin_1": {
      const limit = codec === "ascii" ? 0x80 : 0x100;
      return {
        name: codec === "ascii" ? "ascii" : "latin-1",
        reason: `ordinal not in range(${limit})`,
        ok: (cp) => cp < limit,
        write: (out, cp) => out.push(cp),
        runs: true,
        surrogate: null,
        escape: true,
      };
    }
    default: {
      const wide = codec.startsWith("utf_32");
      const le = !codec.endsWith("_be");
      const write = wide ? utf32Writer(le) : utf16Writer(le);
      return {
        name: CODECS[codec]!,
        reason: "surrogates not allowed",
        ok: (cp) => !isSurrogate(cp),
        write,
        runs: false,
        surrogate: (out, cp) => {
          write(out, cp);
          return true;
        },
        escape: false,
      };
    }
  }
}

const encoders = new Map<string, Encoder>();

function xmlRef(cp: number): string {
  return `&#${cp};`;
}

function backslashEsc(cp: number): string {
  return cp <= 0xff ? `\\x${hex(cp, 2)}` : cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
}

/** Encodes the code points with `enc`, applying the error handler to unencodable runs. */
function encodeWith(enc: Encoder, s: Str, cps: readonly number[], errors: string, out: ByteSink): void {
  const n = cps.length;
  for (let i = 0; i < n; ) {
    const cp = cps[i]!;
    if (enc.ok(cp)) {
      enc.write(out, cp);
      i++;
      continue;
    }
    let end = i + 1;
    if (enc.runs) while (end < n && !enc.ok(cps[end]!)) end++;
    let start = i;
    const asciiOut = (text: string) => {
      for (let k = 0; k < text.length; k++) enc.write(out, text.charCodeAt(k));
    };
    switch (errors) {
      case "strict":
        break;
      case "ignore":
        i = end;
        continue;
      case "replace":
        for (let k = start; k < end; k++) enc.write(out, 0x3f);
        i = end;
        continue;
      case "backslashreplace":
        for (let k = start; k < end; k++) asciiOut(backslashEsc(cps[k]!));
        i = end;
        continue;
      case "xmlcharrefreplace":
        for (let k = start; k < end; k++) asciiOut(xmlRef(cps[k]!));
        i = end;
        continue;
      case "namereplace":
        for (let k = start; k < end; k++) {
          const name = unicodeNameOf(cps[k]!);
          asciiOut(name === null ? backslashEsc(cps[k]!) : `\\N{${name}}`);
        }
        i = end;
        continue;
      case "surrogateescape":
        if (enc.escape) {
          while (start < end && cps[start]! >= 0xdc80 && cps[start]! <= 0xdcff) out.push(cps[start++]! - 0xdc00);
          if (start === end) {
            i = end;
            continue;
          }
        }
        break;
      case "surrogatepass":
        if (enc.surrogate !== null) {
          while (start < end && isSurrogate(cps[start]!)) enc.surrogate(out, cps[start++]!);
          if (start === end) {
            i = end;
            continue;
          }
        }
        break;
      default:
        throw unknownHandler(errors);
    }
    throw newEncodeError(enc.name, s, start, end, enc.reason);
  }
}

// Character names for the namereplace handler (unicodedata.name), from the names file that
// src/generated/unicode_names.ts reads for "\N{...}".
const NAMES_URL = new URL("../../lib/unicode_names.gz", import.meta.url);
let names: Map<number, string> | null = null;
const JAMO_L = "G|GG|N|D|DD|R|M|B|BB|S|SS||J|JJ|C|K|T|P|H".split("|");
const JAMO_V = "A|AE|YA|YAE|EO|E|YEO|YE|O|WA|WAE|OE|YO|U|WEO|WE|WI|YU|EU|YI|I".split("|");
const JAMO_T = "|G|GG|GS|N|NJ|NH|D|L|LG|LM|LB|LS|LT|LP|LH|M|B|BS|S|SS|NG|J|C|K|T|P|H".split("|");

function loadNames(): Map<number, string> {
  // Lines "DELTA,KSUFFIX": the next code point is DELTA (hex, empty for 0) + 1 after the previous one,
  // its name shares K (a digit from '0') leading characters with the previous name. An empty line ends them.
  const text = gunzipSync(readFileSync(NAMES_URL)).toString("latin1");
  const map = new Map<number, string>();
  let pos = 0;
  let cp = -1;
  let prev = "";
  while (pos < text.length) {
    const nl = text.indexOf("\n", pos);
    if (nl === pos) break;
    const comma = text.indexOf(",", pos);
    cp += (comma > pos ? Number.parseInt(text.slice(pos, comma), 16) : 0) + 1;
    const k = text.charCodeAt(comma + 1) - 48;
    prev = prev.slice(0, k) + text.slice(comma + 2, nl);
    map.set(cp, prev);
    pos = nl + 1;
  }
  return map;
}

/** unicodedata.name(chr(cp)), or null for a code point without a name. */
export function unicodeNameOf(cp: number): string | null {
  if (cp >= 0xac00 && cp <= 0xd7a3) {
    const v = cp - 0xac00;
    return `HANGUL SYLLABLE ${JAMO_L[Math.floor(v / 588)]}${JAMO_V[Math.floor((v % 588) / 28)]}${JAMO_T[v % 28]}`;
  }
  const cjk = `CJK UNIFIED IDEOGRAPH-${cp.toString(16).toUpperCase()}`;
  if (cp >= 0x3400 && lookupUnicodeName(cjk) === cp) return cjk;
  try {
    names ??= loadNames();
  } catch {
    return null;
  }
  return names.get(cp) ?? null;
}

const LONE_SURROGATE_RE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
let utf8Encoder: TextEncoder | null = null;

/** unicode_escape / raw_unicode_escape encoding: ASCII with Python escapes (never fails). */
function encodeUnicodeEscape(cps: readonly number[], raw: boolean): Uint8Array {
  const out = new ByteSink(cps.length + 8);
  const ascii = (t: string) => {
    for (let i = 0; i < t.length; i++) out.push(t.charCodeAt(i));
  };
  for (const c of cps) {
    if (c >= 0x10000) ascii(`\\U${hex(c, 8)}`);
    else if (c >= 0x100) ascii(`\\u${hex(c, 4)}`);
    else if (raw) out.push(c);
    else if (c === 92) ascii("\\\\");
    else if (c === 9) ascii("\\t");
    else if (c === 10) ascii("\\n");
    else if (c === 13) ascii("\\r");
    else if (c < 0x20 || c >= 0x7f) ascii(`\\x${hex(c, 2)}`);
    else out.push(c);
  }
  return out.result();
}

/** str.encode(encoding, errors). */
export function encodeStr(s: Str, encoding: string, errors: string): Uint8Array {
  const codec = lookupCodec(encoding);
  if ((codec === "utf_8" || codec === "utf_8_sig") && typeof s === "string" && !LONE_SURROGATE_RE.test(s)) {
    utf8Encoder ??= new TextEncoder();
    const body = utf8Encoder.encode(s);
    if (codec === "utf_8") return body;
    const r = new Uint8Array(body.length + 3);
    r.set([0xef, 0xbb, 0xbf]);
    r.set(body, 3);
    return r;
  }
  if (codec === "unicode_escape" || codec === "raw_unicode_escape") {
    return encodeUnicodeEscape(codePointsOf(s), codec === "raw_unicode_escape");
  }
  let enc = encoders.get(codec);
  if (enc === undefined) {
    enc = makeEncoder(codec);
    encoders.set(codec, enc);
  }
  const cps = codePointsOf(s);
  const out = new ByteSink(cps.length + 8);
  switch (codec) {
    case "utf_8_sig":
      out.pushAll([0xef, 0xbb, 0xbf]);
      break;
    case "utf_16":
      out.pushAll([0xff, 0xfe]);
      break;
    case "utf_32":
      out.pushAll([0xff, 0xfe, 0, 0]);
      break;
  }
  encodeWith(enc, s, cps, errors, out);
  return out.result();
}
