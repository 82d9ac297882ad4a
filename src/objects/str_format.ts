// String formatting: the format-spec mini-language for str (CPython's Python/formatter_unicode.c),
// str.format / str.format_map (Objects/stringlib/unicode_format.h), printf-style `%` for str and bytes
// (PyUnicode_Format in Objects/unicodeobject.c, _PyBytes_FormatEx in Objects/bytesobject.c), and the
// float conversions `%e %f %g` need (PyOS_double_to_string), computed exactly with BigInt.
//
// The VM's f-strings call `format(value, spec)` from src/vm/abstract.ts; `formatString` is the engine
// of str.format, exported for `_string` and string.Formatter.

import { call, format as formatValue, getAttr, getItem, index, repr, str as strOf, typeName } from "../vm/abstract.js";
import { ByteArrayType, BytesType, DictType, typeOf } from "./builtin_types.js";
import { getBuffer } from "./codecs.js";
import { PyDict } from "./dict.js";
import {
  IndexError,
  KeyError,
  newException,
  OverflowError,
  PyBaseException,
  TypeError,
  typeError,
  valueError,
} from "./exceptions.js";
import { PyFloat } from "./float.js";
import { DTSF_ALT, formatFloat, parseFormatSpec } from "./number_format.js";
import type { Int } from "./int.js";
import type { PyObject } from "./object.js";
import {
  asStr,
  codePointsOf,
  concatStr,
  decimalValue,
  isFlat,
  PyCodePointStr,
  type Str,
  strFromCodePoints,
  strLength,
} from "./str.js";
import { PyTuple } from "./tuple.js";

// ---------------------------------------------------------------------------------------------------
// Format specifications

const MAX_SSIZE = 9223372036854775807n;

/** Reads decimal digits (any Unicode Nd) at cps[pos..]; [value, digits consumed, new pos]. */
function getInteger(cps: readonly number[], pos: number): [number, number, number] {
  let acc = 0;
  let big: bigint | null = null;
  let n = 0;
  for (; pos < cps.length; pos++, n++) {
    const d = decimalValue(cps[pos]!);
    if (d < 0) break;
    if (big === null && acc < 1e15) acc = acc * 10 + d;
    else {
      big = (big ?? BigInt(acc)) * 10n + BigInt(d);
      if (big > MAX_SSIZE) throw valueError("Too many decimal digits in format string");
    }
  }
  return [big === null ? acc : Number(big), n, pos];
}

function charName(c: number): string {
  return c > 32 && c < 128 ? String.fromCharCode(c) : `\\x${c.toString(16)}`;
}

/** A Str as a JS string for messages (a PyCodePointStr's surrogates merge; messages only). */
function strText(s: Str): string {
  return typeof s === "string" ? s : String.fromCodePoint(...s.codePoints);
}

/** Pads `body` (of `n` code points) to `width` with `fill` and alignment '<', '>' or '^'. */
export function padToWidth(body: Str, n: number, width: number, align: string, fill: string): Str {
  if (width <= n) return body;
  const total = width - n;
  const left = align === ">" ? total : align === "^" ? total >> 1 : 0;
  const right = total - left;
  if (typeof body === "string" && isFlat(fill)) return fill.repeat(left) + body + fill.repeat(right);
  return concatStr([fill.repeat(left), body, fill.repeat(right)]);
}

/** format(str, spec) (CPython's _PyUnicode_FormatAdvancedWriter); `tname` is the formatted object's type. */
export function formatStr(s: Str, spec: Str, tname = "str"): Str {
  if (typeof spec === "string" && spec.length === 0) return s;
  const f = parseFormatSpec(spec, tname, "s");
  if (f.type !== "s") {
    throw valueError(`Unknown format code '${charName(f.type.codePointAt(0)!)}' for object of type '${tname}'`);
  }
  if (f.sign !== "") {
    throw valueError(
      f.sign === " " ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier",
    );
  }
  if (f.z) throw valueError("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) throw valueError("Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") throw valueError("'=' alignment not allowed in string format specifier");
  let body = s;
  let n = strLength(s);
  if (f.precision >= 0 && n > f.precision) {
    body = truncate(s, f.precision);
    n = f.precision;
  }
  return padToWidth(body, n, f.width, f.align === "" ? "<" : f.align, f.fill);
}

/** The first `n` code points of `s`. */
function truncate(s: Str, n: number): Str {
  if (typeof s === "string") {
    let i = 0;
    for (let k = 0; k < n && i < s.length; k++) {
      const c = s.charCodeAt(i);
      i += c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    return s.slice(0, i);
  }
  return strFromCodePoints(s.codePoints.slice(0, n));
}

// ---------------------------------------------------------------------------------------------------
// str.format

/** A str as code units (JS string) or code points (PyCodePointStr) with substring extraction. */
class Text {
  readonly units: string | readonly number[];
  readonly n: number;
  constructor(s: Str | readonly number[]) {
    this.units = typeof s === "string" ? s : s instanceof PyCodePointStr ? s.codePoints : s;
    this.n = this.units.length;
  }
  at(i: number): number {
    const u = this.units;
    return typeof u === "string" ? u.charCodeAt(i) : u[i]!;
  }
  sub(a: number, b: number): Str {
    const u = this.units;
    return typeof u === "string" ? u.slice(a, b) : strFromCodePoints(u.slice(a, b));
  }
}

const ANS_INIT = 0;
const ANS_AUTO = 1;
const ANS_MANUAL = 2;

interface AutoNumber {
  state: number;
  next: number;
}

/** One piece of a format string (CPython's MarkupIterator output). */
export interface MarkupPiece {
  literal: Str;
  fieldPresent: boolean;
  fieldName: Str;
  formatSpec: Str;
  /** 0 when absent */
  conversion: number;
  specNeedsExpanding: boolean;
}

/** Splits a format string into literal text and replacement fields (CPython's MarkupIterator). */
export function* markupIterator(fmt: Str): Generator<MarkupPiece> {
  const t = new Text(fmt);
  let pos = 0;
  const end = t.n;
  while (pos < end) {
    const start = pos;
    let c = 0;
    let markupFollows = false;
    while (pos < end) {
      c = t.at(pos++);
      if (c === 123 || c === 125) {
        markupFollows = true;
        break;
      }
    }
    const atEnd = pos >= end;
    let len = pos - start;
    if (c === 125 && markupFollows && (atEnd || t.at(pos) !== 125)) {
      throw valueError("Single '}' encountered in format string");
    }
    if (atEnd && c === 123 && markupFollows) throw valueError("Single '{' encountered in format string");
    if (!atEnd && markupFollows) {
      if (t.at(pos) === c) {
        pos++;
        markupFollows = false;
      } else len--;
    }
    const literal = t.sub(start, start + len);
    if (!markupFollows) {
      yield { literal, fieldPresent: false, fieldName: "", formatSpec: "", conversion: 0, specNeedsExpanding: false };
      continue;
    }
    // parse_field
    const nameStart = pos;
    c = 0;
    while (pos < end) {
      c = t.at(pos++);
      if (c === 123) throw valueError("unexpected '{' in field name");
      if (c === 91) {
        while (pos < end && t.at(pos) !== 93) pos++;
        continue;
      }
      if (c === 125 || c === 58 || c === 33) break;
    }
    const fieldName = t.sub(nameStart, pos - 1);
    let conversion = 0;
    let formatSpec: Str = "";
    let needsExpanding = false;
    if (c === 33 || c === 58) {
      let done = false;
      if (c === 33) {
        if (pos >= end) throw valueError("end of string while looking for conversion specifier");
        conversion = t.at(pos++);
        if (typeof t.units === "string" && conversion >= 0xd800 && conversion < 0xdc00 && pos < end) {
          const d = t.at(pos);
          if (d >= 0xdc00 && d < 0xe000) {
            conversion = 0x10000 + ((conversion - 0xd800) << 10) + (d - 0xdc00);
            pos++;
          }
        }
        if (pos < end) {
          const d = t.at(pos++);
          if (d === 125) done = true;
          else if (d !== 58) throw valueError("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = pos;
        let count = 1;
        let closed = false;
        while (pos < end) {
          const d = t.at(pos++);
          if (d === 123) {
            needsExpanding = true;
            count++;
          } else if (d === 125) {
            count--;
            if (count === 0) {
              formatSpec = t.sub(specStart, pos - 1);
              closed = true;
              break;
            }
          }
        }
        if (!closed) throw valueError("unmatched '{' in format spec");
      }
    } else if (c !== 125) throw valueError("expected '}' before end of string");
    yield { literal, fieldPresent: true, fieldName, formatSpec, conversion, specNeedsExpanding: needsExpanding };
  }
}

/** get_integer of unicode_format.h: -1 when `s` is empty or not all decimal digits. */
function fieldInteger(s: Str): number {
  const cps = codePointsOf(s);
  if (cps.length === 0) return -1;
  for (const c of cps) if (decimalValue(c) < 0) return -1;
  return getInteger(cps, 0)[0];
}

/**
 * Splits a field name (CPython's field_name_split): the first part, and a generator of the `.attr` /
 * `[key]` accessors that follow, parsed lazily as CPython does (errors in them surface only when reached).
 */
export function fieldNameSplit(name: Str): [first: Str, rest: Generator<[isAttr: boolean, key: Str | number]>] {
  const t = new Text(name);
  let i = 0;
  while (i < t.n) {
    const c = t.at(i);
    if (c === 91 || c === 46) break;
    i++;
  }
  return [t.sub(0, i), fieldNameRest(t, i)];
}

function* fieldNameRest(t: Text, i: number): Generator<[boolean, Str | number]> {
  while (i < t.n) {
    const c = t.at(i++);
    let isAttr: boolean;
    let start: number;
    let stop: number;
    if (c === 46) {
      isAttr = true;
      start = i;
      while (i < t.n && t.at(i) !== 91 && t.at(i) !== 46) i++;
      stop = i;
    } else if (c === 91) {
      isAttr = false;
      start = i;
      while (i < t.n && t.at(i) !== 93) i++;
      if (i >= t.n) throw valueError("Missing ']' in format string");
      stop = i;
      i++;
    } else throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    if (start === stop) throw valueError("Empty attribute in format string");
    const key = t.sub(start, stop);
    const idx = isAttr ? -1 : fieldInteger(key);
    yield [isAttr, idx >= 0 ? idx : key];
  }
}

function lookupKey(kwargs: PyObject, key: Str): PyObject {
  if (kwargs instanceof PyDict && kwargs.type === DictType) {
    const v = kwargs.getItem(key);
    if (v === undefined) throw newException(KeyError, key);
    return v;
  }
  return getItem(kwargs, key);
}

function getFieldObject(name: Str, args: PyObject[] | null, kwargs: PyObject, auto: AutoNumber | null): PyObject {
  const [first, rest] = fieldNameSplit(name);
  let idx = fieldInteger(first);
  const empty = strLength(first) === 0;
  const numeric = empty || idx !== -1;
  if (auto !== null) {
    if (auto.state === ANS_INIT && numeric) auto.state = empty ? ANS_AUTO : ANS_MANUAL;
    if (numeric) {
      if (auto.state === ANS_MANUAL) {
        if (empty) throw valueError("cannot switch from manual field specification to automatic field numbering");
      } else if (!empty) {
        throw valueError("cannot switch from automatic field numbering to manual field specification");
      }
    }
    if (empty) idx = auto.next++;
  }
  let obj: PyObject;
  if (idx === -1) {
    if (kwargs === null) throw newException(KeyError, first);
    obj = lookupKey(kwargs, first);
  } else {
    if (args === null) throw valueError("Format string contains positional fields");
    if (idx >= args.length) {
      throw newException(IndexError, `Replacement index ${idx} out of range for positional args tuple`);
    }
    obj = args[idx];
  }
  for (const [isAttr, key] of rest) {
    if (isAttr) obj = getAttr(obj, strText(key as Str));
    else obj = getItem(obj, key);
  }
  return obj;
}

/** ascii(): repr with non-ASCII characters escaped (PyObject_ASCII). */
export function asciiOf(o: PyObject): Str {
  return asciiEscape(repr(o) as Str);
}

/** Escapes every non-ASCII code point as \xNN, \uNNNN or \UNNNNNNNN. */
export function asciiEscape(s: Str): string {
  if (typeof s === "string" && /^[\x00-\x7f]*$/.test(s)) return s;
  let out = "";
  for (const c of codePointsOf(s)) {
    if (c < 0x80) out += String.fromCharCode(c);
    else if (c <= 0xff) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c <= 0xffff) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += `\\U${c.toString(16).padStart(8, "0")}`;
  }
  return out;
}

function toStr(o: PyObject, what: string): Str {
  const s = asStr(o);
  if (s === undefined) throw typeError(`${what} returned non-string (type ${typeName(o)})`);
  return s;
}

function renderField(obj: PyObject, spec: Str): Str {
  const s = asStr(obj);
  if (s !== undefined && (typeof obj === "string" || obj instanceof PyCodePointStr)) return formatStr(s, spec);
  return toStr(formatValue(obj, spec), "__format__");
}

function buildString(fmt: Str, args: PyObject[] | null, kwargs: PyObject, depth: number, auto: AutoNumber | null): Str {
  if (depth <= 0) throw valueError("Max string recursion exceeded");
  const out: Str[] = [];
  for (const piece of markupIterator(fmt)) {
    if (typeof piece.literal !== "string" || piece.literal.length > 0) out.push(piece.literal);
    if (!piece.fieldPresent) continue;
    let obj = getFieldObject(piece.fieldName, args, kwargs, auto);
    switch (piece.conversion) {
      case 0:
        break;
      case 114: // r
        obj = repr(obj);
        break;
      case 115: // s
        obj = strOf(obj);
        break;
      case 97: // a
        obj = asciiOf(obj);
        break;
      default:
        throw valueError(`Unknown conversion specifier ${charName(piece.conversion)}`);
    }
    const spec = piece.specNeedsExpanding
      ? buildString(piece.formatSpec, args, kwargs, depth - 1, auto)
      : piece.formatSpec;
    out.push(renderField(obj, spec));
  }
  return concatStr(out);
}

/** str.format(*args, **kwargs): `kwargs` is a PyDict or null. */
export function formatString(fmt: Str, args: PyObject[], kwargs: PyObject): Str {
  return buildString(fmt, args, kwargs, 2, { state: ANS_INIT, next: 0 });
}

/** str.format_map(mapping). */
export function formatMap(fmt: Str, mapping: PyObject): Str {
  return buildString(fmt, null, mapping, 2, { state: ANS_INIT, next: 0 });
}

// ---------------------------------------------------------------------------------------------------
// printf-style formatting: str % args and bytes % args

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

/** The argument supply of a % operation (CPython's unicode_formatter_t args/argidx/arglen/dict). */
class FormatArgs {
  args: PyObject;
  arglen: number;
  argidx: number;
  dict: PyObject = null;
  constructor(args: PyObject, bytesMode: boolean) {
    this.args = args;
    if (args instanceof PyTuple) {
      this.arglen = args.items.length;
      this.argidx = 0;
    } else {
      this.arglen = -1;
      this.argidx = -2;
    }
    if (!(args instanceof PyTuple) && isMapping(args, bytesMode)) this.dict = args;
  }
  next(): PyObject {
    const i = this.argidx;
    if (i < this.arglen) {
      this.argidx++;
      return this.arglen < 0 ? this.args : (this.args as PyTuple).items[i];
    }
    throw typeError("not enough arguments for format string");
  }
}

function isMapping(o: PyObject, bytesMode: boolean): boolean {
  if (typeof o !== "object" || o === null || asStr(o) !== undefined) return false;
  const t = typeOf(o);
  // bytes formatting also excludes bytes and bytearray (memoryview counts as a mapping)
  if (bytesMode && (t.isSubtype(BytesType) || t.isSubtype(ByteArrayType))) return false;
  return t.lookup("__getitem__") !== undefined;
}

/** One parsed conversion: flags, width, precision, conversion character. */
interface Conv {
  flags: number;
  width: number;
  prec: number;
  ch: number;
}

/** The format string as code units / code points / bytes. */
interface FmtSource {
  n: number;
  at(i: number): number;
  sub(a: number, b: number): PyObject;
}

/** Python int value of an int-like for %d (PyNumber_Long) or %x (PyNumber_Index); undefined if not a number. */
function intArg(v: PyObject, ch: number): Int | undefined {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const t = typeOf(v);
  const indexOnly = ch === 111 || ch === 120 || ch === 88;
  const hasIndex = t.lookup("__index__") !== undefined;
  const hasInt = t.lookup("__int__") !== undefined;
  const isFloat = v instanceof PyFloat || t.lookup("__float__") !== undefined;
  if (!hasIndex && !hasInt && !isFloat && t.name !== "complex") return undefined;
  if (indexOnly) {
    if (!hasIndex) return undefined;
    return index(v);
  }
  if (v instanceof PyFloat) return floatToInt(v.value);
  if (hasInt) {
    const r = call(getAttr(v, "__int__"), []);
    if (typeof r === "number" || typeof r === "bigint") return r;
    if (typeof r === "boolean") return r ? 1 : 0;
    throw typeError(`__int__ returned non-int (type ${typeName(r)})`);
  }
  if (hasIndex) return index(v);
  return undefined;
}

function floatToInt(x: number): Int {
  if (Number.isNaN(x)) throw valueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw newException(OverflowError, "cannot convert float infinity to integer");
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return BigInt(t);
}

/** _PyUnicode_FormatLong: digits of an int for %d %i %u %o %x %X with '#' and a precision. */
function formatLong(v: Int, alt: boolean, prec: number, ch: number): string {
  const neg = typeof v === "number" ? v < 0 : v < 0n;
  const a = neg ? (typeof v === "number" ? -v : -v) : v;
  const radix = ch === 111 ? 8 : ch === 120 || ch === 88 ? 16 : 10;
  let digits = a.toString(radix);
  if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
  let prefix = "";
  if (alt && radix === 8) prefix = "0o";
  else if (alt && radix === 16) prefix = "0x";
  let s = (neg ? "-" : "") + prefix + digits;
  if (ch === 88) s = s.toUpperCase();
  return s;
}

/** PyFloat_AsDouble for %e %f %g. */
function floatArg(v: PyObject, bytesMode: boolean): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") {
    const x = Number(v);
    if (!Number.isFinite(x)) throw newException(OverflowError, "int too large to convert to float");
    return x;
  }
  const t = typeOf(v);
  if (t.lookup("__float__") !== undefined) {
    const r = call(getAttr(v, "__float__"), []);
    if (r instanceof PyFloat) return r.value;
    throw typeError(`${t.name}.__float__ returned non-float (type ${typeName(r)})`);
  }
  if (t.lookup("__index__") !== undefined) return floatArg(index(v), bytesMode);
  if (bytesMode) throw typeError(`float argument required, not ${t.name}`);
  throw typeError(`must be real number, not ${t.name}`);
}

/** How the % engine builds its output: pieces of type T (Str for str, bytes for bytes). */
interface PercentSink<T> {
  /** The format string's text from a to b. */
  literal(a: number, b: number): T;
  /** %s %r %a %b %c: the converted value, truncated to the precision and padded to the width. */
  text(ch: number, v: PyObject, conv: Conv): T;
  /** A number's text (ASCII). */
  ascii(s: string): T;
}

/** The % engine shared by str and bytes: returns the output pieces. */
function percentCore<T>(src: FmtSource, argsObj: PyObject, bytesMode: boolean, sink: PercentSink<T>): T[] {
  const ctx = new FormatArgs(argsObj, bytesMode);
  const out: T[] = [];
  const n = src.n;
  let pos = 0;
  while (pos < n) {
    if (src.at(pos) !== 37) {
      const start = pos;
      while (pos < n && src.at(pos) !== 37) pos++;
      out.push(sink.literal(start, pos));
      continue;
    }
    pos++;
    // unicode_format_arg
    let ch = pos < n ? src.at(pos) : 0;
    if (ch === 37) {
      pos++;
      out.push(sink.ascii("%"));
      continue;
    }
    let cnt = n - pos; // characters left, as fmtcnt after the '%'
    const conv: Conv = { flags: 0, width: -1, prec: -1, ch: 0 };
    if (ch === 40) {
      if (ctx.dict === null) throw typeError("format requires a mapping");
      pos++;
      cnt--;
      const keyStart = pos;
      let pcount = 1;
      while (pcount > 0 && --cnt >= 0) {
        const c = src.at(pos);
        if (c === 41) pcount--;
        else if (c === 40) pcount++;
        pos++;
      }
      if (cnt < 0 || pcount > 0) throw valueError("incomplete format key");
      const key = src.sub(keyStart, pos - 1);
      ctx.args =
        ctx.dict instanceof PyDict && ctx.dict.type === DictType ? dictGet(ctx.dict, key) : getItem(ctx.dict, key);
      ctx.arglen = -1;
      ctx.argidx = -2;
    }
    ch = 0;
    while (--cnt >= 0) {
      ch = src.at(pos++);
      if (ch === 45) conv.flags |= F_LJUST;
      else if (ch === 43) conv.flags |= F_SIGN;
      else if (ch === 32) conv.flags |= F_BLANK;
      else if (ch === 35) conv.flags |= F_ALT;
      else if (ch === 48) conv.flags |= F_ZERO;
      else break;
    }
    if (ch === 42) {
      const v = ctx.next();
      if (typeof v !== "number" && typeof v !== "bigint" && typeof v !== "boolean") throw typeError("* wants int");
      const w = ssizeOf(v);
      conv.width = w;
      if (w < 0) {
        conv.flags |= F_LJUST;
        conv.width = -w;
      }
      if (--cnt >= 0) ch = src.at(pos++);
    } else if (ch >= 48 && ch <= 57) {
      let w = ch - 48;
      while (--cnt >= 0) {
        ch = src.at(pos++);
        if (ch < 48 || ch > 57) break;
        if (w > (Number.MAX_SAFE_INTEGER - (ch - 48)) / 10) throw valueError("width too big");
        w = w * 10 + (ch - 48);
      }
      conv.width = w;
    }
    if (ch === 46) {
      conv.prec = 0;
      if (--cnt >= 0) ch = src.at(pos++);
      if (ch === 42) {
        const v = ctx.next();
        if (typeof v !== "number" && typeof v !== "bigint" && typeof v !== "boolean") throw typeError("* wants int");
        const p = typeof v === "boolean" ? Number(v) : typeof v === "bigint" ? intOverflow() : v;
        if (p > 0x7fffffff || p < -0x80000000) intOverflow();
        conv.prec = Math.max(p, 0);
        if (--cnt >= 0) ch = src.at(pos++);
      } else if (ch >= 48 && ch <= 57) {
        let p = ch - 48;
        while (--cnt >= 0) {
          ch = src.at(pos++);
          if (ch < 48 || ch > 57) break;
          if (p > (0x7fffffff - (ch - 48)) / 10) throw valueError(bytesMode ? "prec too big" : "precision too big");
          p = p * 10 + (ch - 48);
        }
        conv.prec = p;
      }
    }
    if (cnt >= 0 && (ch === 104 || ch === 108 || ch === 76)) {
      if (--cnt >= 0) ch = src.at(pos++);
    }
    if (cnt < 0) throw valueError("incomplete format");
    conv.ch = ch;
    // unicode_format_arg_format
    const v = ctx.next();
    let body: string;
    switch (ch) {
      case 115: // s
      case 114: // r
      case 97: // a
      case 98: // b (bytes only)
      case 99: // c
        if (ch === 98 && !bytesMode) throw unsupportedChar(ch, pos - 1, bytesMode);
        out.push(sink.text(ch, v, conv));
        body = "";
        break;
      case 105: // i
      case 100: // d
      case 117: // u
      case 111: // o
      case 120: // x
      case 88: {
        // X
        const iv = intArg(v, ch);
        if (iv === undefined) {
          const c = String.fromCharCode(ch);
          throw typeError(
            ch === 111 || ch === 120 || ch === 88
              ? `%${c} format: an integer is required, not ${typeName(v)}`
              : `%${c} format: a real number is required, not ${typeName(v)}`,
          );
        }
        body = formatLong(iv, (conv.flags & F_ALT) !== 0, conv.prec, ch);
        out.push(sink.ascii(numberOutput(body, conv)));
        break;
      }
      case 101:
      case 69:
      case 102:
      case 70:
      case 103:
      case 71: {
        let x: number;
        if (bytesMode) {
          // bytes formatting reports any failure of the conversion as this TypeError
          try {
            x = floatArg(v, true);
          } catch (e) {
            if (e instanceof PyBaseException) throw typeError(`float argument required, not ${typeName(v)}`);
            throw e;
          }
        } else x = floatArg(v, false);
        const prec = conv.prec < 0 ? 6 : conv.prec;
        body = formatFloat(x, String.fromCharCode(ch), prec, conv.flags & F_ALT ? DTSF_ALT : 0);
        out.push(sink.ascii(numberOutput(body, conv)));
        break;
      }
      default:
        throw unsupportedChar(ch, pos - 1, bytesMode);
    }
    if (ctx.dict !== null && ctx.argidx < ctx.arglen) {
      throw typeError(`not all arguments converted during ${bytesMode ? "bytes" : "string"} formatting`);
    }
  }
  if (ctx.argidx < ctx.arglen && ctx.dict === null) {
    throw typeError(`not all arguments converted during ${bytesMode ? "bytes" : "string"} formatting`);
  }
  return out;
}

function intOverflow(): never {
  throw newException(OverflowError, "Python int too large to convert to C int");
}

function ssizeOf(v: PyObject): number {
  if (typeof v === "boolean") return Number(v);
  if (typeof v === "bigint") throw newException(OverflowError, "Python int too large to convert to C ssize_t");
  return v as number;
}

function dictGet(d: PyDict, key: PyObject): PyObject {
  const v = d.getItem(key);
  if (v === undefined) throw newException(KeyError, key);
  return v;
}

function unsupportedChar(ch: number, index: number, bytesMode: boolean): PyBaseException {
  if (bytesMode && ch >= 128) return newException(OverflowError, "character argument not in range(0x110000)");
  const shown = ch >= 31 && ch <= 126 ? String.fromCharCode(ch) : "?";
  return valueError(`unsupported format character '${shown}' (0x${ch.toString(16)}) at index ${index}`);
}

/** unicode_format_arg_output for a number's text: sign, '#' prefix, padding. */
function numberOutput(body: string, conv: Conv): string {
  let len = body.length;
  let start = 0;
  let sign = "";
  const c0 = body.charCodeAt(0);
  if (c0 === 45 || c0 === 43) {
    sign = body[0]!;
    len--;
    start++;
  } else if (conv.flags & F_SIGN) sign = "+";
  else if (conv.flags & F_BLANK) sign = " ";
  const alt = (conv.flags & F_ALT) !== 0 && (conv.ch === 120 || conv.ch === 88 || conv.ch === 111);
  const prefix = alt ? "0" + String.fromCharCode(conv.ch) : "";
  if (alt) {
    start += 2;
    len -= 2;
  }
  const digits = body.slice(start);
  const pad = Math.max(conv.width - sign.length - prefix.length - len, 0);
  if (conv.flags & F_LJUST) return sign + prefix + digits + " ".repeat(pad);
  if (conv.flags & F_ZERO) return sign + prefix + "0".repeat(pad) + digits;
  return " ".repeat(pad) + sign + prefix + digits;
}

/** unicode_format_arg_output for text: precision (code points) then padding with spaces. */
function textOutput(s: Str, conv: Conv, truncateToPrec: boolean): Str {
  let body = s;
  let n = strLength(s);
  if (truncateToPrec && conv.prec >= 0 && n > conv.prec) {
    body = truncate(s, conv.prec);
    n = conv.prec;
  }
  if (conv.width <= n) return body;
  const pad = " ".repeat(conv.width - n);
  return conv.flags & F_LJUST ? concatStr([body, pad]) : concatStr([pad, body]);
}

/** str % args (PyUnicode_Format). */
export function strPercentFormat(fmt: Str, args: PyObject): Str {
  // Indices in messages count code points: strings with surrogates are read as code points
  const t = new Text(typeof fmt === "string" && isFlat(fmt) ? fmt : codePointsOf(fmt));
  const src: FmtSource = { n: t.n, at: (i) => t.at(i), sub: (a, b) => t.sub(a, b) };
  const pieces = percentCore<Str>(src, args, false, {
    literal: (a, b) => t.sub(a, b),
    ascii: (s) => s,
    text: (ch, v, conv) => {
      if (ch === 99) return textOutput(String.fromCodePoint(formatChar(v)), conv, false);
      let s: Str;
      if (ch === 115) s = typeof v === "string" || v instanceof PyCodePointStr ? v : (strOf(v) as Str);
      else if (ch === 114) s = repr(v) as Str;
      else s = asciiOf(v);
      return textOutput(s, conv, true);
    },
  });
  return pieces.length === 1 ? pieces[0]! : concatStr(pieces);
}

/** formatchar: %c of an int or a 1-character str. */
function formatChar(v: PyObject): number {
  const s = asStr(v);
  if (s !== undefined) {
    const cps = codePointsOf(s);
    if (cps.length === 1) return cps[0]!;
    throw typeError("%c requires int or char");
  }
  let x: Int;
  try {
    x = index(v);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(TypeError)) throw typeError("%c requires int or char");
    throw e;
  }
  if (typeof x === "bigint" || x < 0 || x > 0x10ffff) {
    throw newException(OverflowError, "%c arg not in range(0x110000)");
  }
  return x;
}

/** Hook for bytes(x) of an object with __bytes__ (set by src/objects/bytes_type.ts). */
export const bytesFormatHooks: { bytesOf: (o: PyObject) => Uint8Array | undefined } = {
  bytesOf: () => undefined,
};

/** bytes % args (_PyBytes_FormatEx): returns the formatted bytes. */
export function bytesPercentFormat(fmt: Uint8Array, args: PyObject): Uint8Array {
  const src: FmtSource = { n: fmt.length, at: (i) => fmt[i]!, sub: (a, b) => bytesValue(fmt.slice(a, b)) };
  const pad = (b: Uint8Array, conv: Conv, truncateToPrec: boolean): Uint8Array => {
    let body = b;
    if (truncateToPrec && conv.prec >= 0 && body.length > conv.prec) body = body.subarray(0, conv.prec);
    if (conv.width <= body.length) return body;
    const out = new Uint8Array(conv.width).fill(32);
    out.set(body, conv.flags & F_LJUST ? 0 : conv.width - body.length);
    return out;
  };
  const ascii = (s: string) => {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  };
  const pieces = percentCore<Uint8Array>(src, args, true, {
    literal: (a, b) => fmt.subarray(a, b),
    ascii,
    text: (ch, v, conv) => {
      if (ch === 99) return pad(Uint8Array.of(formatByteChar(v)), conv, false);
      if (ch === 114 || ch === 97) return pad(ascii(asciiOf(v) as string), conv, true);
      const b = getBuffer(v) ?? bytesFormatHooks.bytesOf(v);
      if (b === undefined) {
        throw typeError(
          `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`,
        );
      }
      return pad(b, conv, true);
    },
  });
  let n = 0;
  for (const p of pieces) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of pieces) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** The bytes value for a %(key) lookup in bytes formatting. */
export const bytesValueHook: { make: (data: Uint8Array) => PyObject } = {
  make: (data) => data,
};
function bytesValue(data: Uint8Array): PyObject {
  return bytesValueHook.make(data);
}

function formatByteChar(v: PyObject): number {
  const b = getBuffer(v);
  if (b !== undefined) {
    const t = typeOf(v);
    if ((t.isSubtype(BytesType) || t.isSubtype(ByteArrayType)) && b.length === 1) return b[0]!;
    throw typeError("%c requires an integer in range(256) or a single byte");
  }
  let x: Int;
  try {
    x = index(v);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(TypeError)) {
      throw typeError("%c requires an integer in range(256) or a single byte");
    }
    throw e;
  }
  if (typeof x === "bigint" || x < 0 || x > 255) throw newException(OverflowError, "%c arg not in range(256)");
  return x;
}
