// Number formatting: float → decimal digits with CPython's rounding (Python/dtoa.c `_Py_dg_dtoa` modes 0, 2
// and 3, computed exactly), `PyOS_double_to_string` (Python/pystrtod.c), and the format-spec
// mini-language of int, float and complex `__format__` (Python/formatter_unicode.c).
//
// Exported for other types: `parseFormatSpec` (str's own `__format__`), `formatFloat` (printf-style
// `%e %f %g %r` of str and bytes), `formatIntSpec`/`formatFloatSpec`/`formatComplexSpec`.

import { MemoryError, newException, OverflowError, ValueError } from "./exceptions.js";
import { shortestDigits } from "./float.js";
import { frexpInt, type Int, intToBaseString, intToDecimalString } from "./int.js";
import { codePointsOf, decimalValue, type Str } from "./str.js";

// ---------------------------------------------------------------------------------------------------
// Decimal digits of a double

/** A decimal digit string without leading or trailing zeros: value = 0.DIGITS × 10^decpt. */
export interface Digits {
  digits: string;
  decpt: number;
}

const POW10: bigint[] = [1n];
for (let i = 1; i <= 400; i++) POW10.push(POW10[i - 1]! * 10n);
function pow10(n: number): bigint {
  return n <= 400 ? POW10[n]! : 10n ** BigInt(n);
}

/** round(num / den) with ties to even. */
function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

function stripZeros(digits: string, decpt: number): Digits {
  let start = 0;
  while (start < digits.length && digits.charCodeAt(start) === 48) start++;
  let end = digits.length;
  while (end > start && digits.charCodeAt(end - 1) === 48) end--;
  return { digits: digits.slice(start, end), decpt: decpt - start };
}

/** Digits of a string made by toFixed/toExponential: all digits, and where the decimal point goes. */
function digitsOfFixed(s: string): Digits {
  const dot = s.indexOf(".");
  if (dot < 0) return stripZeros(s, s.length);
  return stripZeros(s.slice(0, dot) + s.slice(dot + 1), dot);
}

/**
 * `_Py_dg_dtoa(x, mode, ndigits)` for a finite x >= 0 (sign handled by the caller):
 * - mode 0: shortest digits that round-trip;
 * - mode 2: `ndigits` (>= 1) significant digits;
 * - mode 3: digits up to `ndigits` places after the decimal point (`ndigits` may be negative).
 * Rounding is correct, ties to even. Zero gives "0" with decpt 1; in mode 3 a value that rounds to zero
 * gives "" with decpt = -ndigits, as dtoa does.
 */
export function dtoa(x: number, mode: 0 | 2 | 3, ndigits: number): Digits {
  if (x === 0) return { digits: "0", decpt: 1 };
  if (mode === 0) return shortestDigits(x);
  const [m, e] = frexpInt(x); // x = m * 2^e, m odd
  if (mode === 3) {
    // toFixed is exact except that it rounds ties up; a tie needs e + ndigits + 1 == 0.
    if (ndigits >= 0 && ndigits <= 100 && x < 1e21 && e + ndigits + 1 !== 0) {
      const d = digitsOfFixed(x.toFixed(ndigits));
      return d.digits === "" ? { digits: "", decpt: -ndigits } : d;
    }
    let num = BigInt(m);
    let den = 1n;
    if (ndigits >= 0) num *= pow10(ndigits);
    else den *= pow10(-ndigits);
    if (e >= 0) num <<= BigInt(e);
    else den <<= BigInt(-e);
    const n = roundHalfEven(num, den);
    if (n === 0n) return { digits: "", decpt: -ndigits };
    const s = n.toString();
    return stripZeros(s, s.length - ndigits);
  }
  // mode 2
  if (ndigits <= 101) {
    const s = x.toExponential(ndigits - 1);
    const ei = s.indexOf("e");
    const k = Number(s.slice(ei + 1));
    // Ties (rounded up by toExponential) need e + (ndigits - 1 - k) + 1 == 0 for the exponent k
    // before rounding, which is k or k - 1.
    if (e + ndigits - k !== 0 && e + ndigits - k + 1 !== 0) {
      const d = digitsOfFixed(s.slice(0, ei));
      return { digits: d.digits, decpt: k + 1 };
    }
  }
  let k = Math.floor(Math.log10(x));
  const num0 = BigInt(m);
  for (;;) {
    const sh = ndigits - 1 - k;
    let num = num0;
    let den = 1n;
    if (sh >= 0) num *= pow10(sh);
    else den *= pow10(-sh);
    if (e >= 0) num <<= BigInt(e);
    else den <<= BigInt(-e);
    if (num < pow10(ndigits - 1) * den) {
      k--;
      continue;
    }
    if (num >= pow10(ndigits) * den) {
      k++;
      continue;
    }
    let n = roundHalfEven(num, den);
    if (n === pow10(ndigits)) {
      n = pow10(ndigits - 1);
      k++;
    }
    const d = stripZeros(n.toString(), ndigits);
    return { digits: d.digits, decpt: k + 1 };
  }
}

// ---------------------------------------------------------------------------------------------------
// PyOS_double_to_string

/** Py_DTSF_* flags of PyOS_double_to_string. */
export const DTSF_SIGN = 0x01;
export const DTSF_ADD_DOT_0 = 0x02;
export const DTSF_ALT = 0x04;
export const DTSF_NO_NEG_0 = 0x08;

/**
 * CPython's `PyOS_double_to_string(x, code, precision, flags)`: `code` is one of e E f F g G r
 * ('r' needs precision 0); flags are DTSF_* bits. Used by repr, `__format__` and printf-style `%`.
 */
export function formatFloat(x: number, code: string, precision: number, flags = 0): string {
  let upper = false;
  let mode: 0 | 2 | 3;
  switch (code) {
    case "E":
      upper = true;
      code = "e";
      mode = 2;
      precision++;
      break;
    case "e":
      mode = 2;
      precision++;
      break;
    case "F":
      upper = true;
      code = "f";
      mode = 3;
      break;
    case "f":
      mode = 3;
      break;
    case "G":
      upper = true;
      code = "g";
      mode = 2;
      if (precision === 0) precision = 1;
      break;
    case "g":
      mode = 2;
      if (precision === 0) precision = 1;
      break;
    case "r":
      mode = 0;
      break;
    default:
      throw new Error(`formatFloat: bad format code ${code}`);
  }
  return formatFloatShort(x, code, mode, precision, flags, upper);
}

/** PyOS_double_to_string by its CPython name. */
export const doubleToString = formatFloat;

/** CPython's format_float_short (Python/pystrtod.c). */
function formatFloatShort(
  x: number,
  code: string,
  mode: 0 | 2 | 3,
  precision: number,
  flags: number,
  upper: boolean,
): string {
  const alwaysSign = (flags & DTSF_SIGN) !== 0;
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  const alt = (flags & DTSF_ALT) !== 0;
  if (Number.isNaN(x)) return (alwaysSign ? "+" : "") + (upper ? "NAN" : "nan");
  let negative = x < 0 || (x === 0 && 1 / x < 0);
  if (!Number.isFinite(x)) return (negative ? "-" : alwaysSign ? "+" : "") + (upper ? "INF" : "inf");
  const d = dtoa(negative ? -x : x, mode, precision);
  const digits = d.digits;
  let decpt = d.decpt;
  const ndigits = digits.length;
  if ((flags & DTSF_NO_NEG_0) !== 0 && negative && (ndigits === 0 || (ndigits === 1 && digits === "0"))) {
    negative = false;
  }
  let vdigitsEnd = ndigits;
  let useExp = false;
  switch (code) {
    case "e":
      useExp = true;
      vdigitsEnd = precision;
      break;
    case "f":
      vdigitsEnd = decpt + precision;
      break;
    case "g":
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vdigitsEnd = precision;
      break;
    default:
      // 'r': exponent notation from 1e16 and below 1e-4
      if (decpt <= -4 || decpt > 16) useExp = true;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
  else vdigitsEnd = Math.max(vdigitsEnd, decpt);

  let out = negative ? "-" : alwaysSign ? "+" : "";
  if (decpt <= 0) out += "0".repeat(decpt - vdigitsStart) + "." + "0".repeat(-decpt);
  else out += "0".repeat(-vdigitsStart);
  if (decpt > 0 && decpt <= ndigits) out += digits.slice(0, decpt) + "." + digits.slice(decpt);
  else out += digits;
  if (ndigits < decpt) out += "0".repeat(decpt - ndigits) + "." + "0".repeat(vdigitsEnd - decpt);
  else out += "0".repeat(vdigitsEnd - ndigits);
  if (out.charCodeAt(out.length - 1) === 46 && !alt) out = out.slice(0, -1);
  if (useExp) {
    const a = exp < 0 ? -exp : exp;
    out += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (a < 10 ? "0" + a : String(a));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The format-spec mini-language

/** A parsed format spec (CPython's InternalFormatSpec). */
export interface FormatSpec {
  /** The fill character (' ' by default, '0' when zero-padding without an explicit fill). */
  fill: string;
  /** '<', '>', '=', '^', or "" when not given (each type applies its default). */
  align: string;
  /** '+', '-', ' ' or "". */
  sign: string;
  /** 'z' given: coerce negative zero. */
  z: boolean;
  /** '#' given. */
  alternate: boolean;
  /** A '0' before the width (and no explicit fill). */
  zeroPad: boolean;
  /** -1 when not given. */
  width: number;
  /** ",", "_" or "". */
  grouping: string;
  /** -1 when not given. */
  precision: number;
  /** The presentation type, or the default type ("" for none). */
  type: string;
}

/** Python's ValueError with a message. */
function vErr(msg: string): never {
  throw newException(ValueError, msg);
}

/** A type or separator character for messages: 'c', or '\xNN' when not printable ASCII. */
function charForMessage(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : `\\x${cp.toString(16)}`;
}

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;

/** Reads decimal digits (any Unicode Nd) from cps[pos]; [value, count, newPos]. */
function readInteger(cps: number[], pos: number): [number, number, number] {
  let acc = 0;
  let big: bigint | null = null;
  let count = 0;
  for (; pos < cps.length; pos++, count++) {
    const d = decimalValue(cps[pos]!);
    if (d < 0) break;
    if (big === null) {
      acc = acc * 10 + d;
      if (acc > 1e15) big = BigInt(acc);
    } else {
      big = big * 10n + BigInt(d);
      if (big > PY_SSIZE_T_MAX) vErr("Too many decimal digits in format string");
    }
  }
  if (big !== null) acc = Number(big);
  return [acc, count, pos];
}

function isAlign(cp: number | undefined): boolean {
  return cp === 60 || cp === 62 || cp === 61 || cp === 94; // < > = ^
}

/**
 * Parses a standard format spec (CPython's parse_internal_render_format_spec) with its error messages.
 * `typeName` names the formatted object's type in "Invalid format specifier" messages; `defaultType` is
 * used when the spec gives none (it matters for the ','/'_' checks: str passes 's', int 'd').
 */
const specCache = new Map<string, FormatSpec>();

/** Parses a format spec (memoized for str specs: f-strings format with the same spec again and again). */
export function parseFormatSpec(spec: Str, typeName = "str", defaultType = ""): FormatSpec {
  if (typeof spec !== "string") return parseFormatSpecUncached(spec, typeName, defaultType);
  const key = `${typeName}\0${defaultType}\0${spec}`;
  let f = specCache.get(key);
  if (f === undefined) {
    f = parseFormatSpecUncached(spec, typeName, defaultType);
    if (specCache.size >= 512) specCache.clear();
    specCache.set(key, f);
  }
  return f;
}

function parseFormatSpecUncached(spec: Str, typeName: string, defaultType: string): FormatSpec {
  const cps = typeof spec === "string" && !/[\ud800-\udfff]/.test(spec) ? null : codePointsOf(spec);
  const arr = cps ?? Array.from(spec as string, (c) => c.codePointAt(0)!);
  const end = arr.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: " ",
    align: "",
    sign: "",
    z: false,
    alternate: false,
    zeroPad: false,
    width: -1,
    grouping: "",
    precision: -1,
    type: defaultType,
  };
  let fillSpecified = false;
  if (end - pos >= 2 && isAlign(arr[pos + 1])) {
    f.align = String.fromCodePoint(arr[pos + 1]!);
    f.fill = String.fromCodePoint(arr[pos]!);
    fillSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(arr[pos])) {
    f.align = String.fromCodePoint(arr[pos]!);
    pos++;
  }
  const c0 = arr[pos];
  if (c0 === 32 || c0 === 43 || c0 === 45) {
    f.sign = String.fromCodePoint(c0);
    pos++;
  }
  if (arr[pos] === 122 /* z */) {
    f.z = true;
    pos++;
  }
  if (arr[pos] === 35 /* # */) {
    f.alternate = true;
    pos++;
  }
  if (!fillSpecified && arr[pos] === 48 /* 0 */) {
    f.fill = "0";
    f.zeroPad = true;
    pos++;
  }
  let [w, consumed, p] = readInteger(arr, pos);
  pos = p;
  if (consumed > 0) f.width = w;
  if (arr[pos] === 44 /* , */) {
    f.grouping = ",";
    pos++;
  }
  if (arr[pos] === 95 /* _ */) {
    if (f.grouping !== "") vErr("Cannot specify both ',' and '_'.");
    f.grouping = "_";
    pos++;
  }
  if (arr[pos] === 44 && f.grouping === "_") vErr("Cannot specify both ',' and '_'.");
  if (arr[pos] === 46 /* . */) {
    pos++;
    [w, consumed, p] = readInteger(arr, pos);
    pos = p;
    if (consumed === 0) vErr("Format specifier missing precision");
    f.precision = w;
  }
  if (end - pos > 1) {
    vErr(`Invalid format specifier '${String.fromCodePoint(...arr)}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) f.type = String.fromCodePoint(arr[pos]!);
  if (f.grouping !== "") {
    switch (f.type) {
      case "d":
      case "e":
      case "f":
      case "g":
      case "E":
      case "G":
      case "%":
      case "F":
      case "":
        break;
      case "b":
      case "o":
      case "x":
      case "X":
        if (f.grouping !== "_") vErr(`Cannot specify ',' with '${f.type}'.`);
        break;
      default:
        vErr(`Cannot specify '${f.grouping}' with '${charForMessage(f.type)}'.`);
    }
  }
  return f;
}

/** Widths and precisions a JS string can hold (CPython would run out of memory first too). */
function checkSizes(f: FormatSpec): void {
  if (f.width > 2 ** 28 || f.precision > 2 ** 28) throw newException(MemoryError);
}

function unknownPresentationType(type: string, typeName: string): never {
  vErr(`Unknown format code '${charForMessage(type)}' for object of type '${typeName}'`);
}

/** Inserts thousands separators into `digits` (CPython's _PyUnicode_InsertThousandsGrouping), zero-padding
 * to `minWidth` (which counts the separators) when positive. */
function groupDigits(digits: string, minWidth: number, group: number, sep: string): string {
  if (minWidth < 0) minWidth = 0;
  if (group === 0) {
    const l = Math.max(digits.length, minWidth, 1);
    return "0".repeat(Math.max(0, l - digits.length)) + digits;
  }
  const parts: string[] = [];
  let remaining = digits.length;
  let pos = digits.length;
  for (;;) {
    const l = Math.min(group, Math.max(remaining, minWidth, 1));
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    parts.push("0".repeat(nZeros) + digits.slice(pos - nChars, pos));
    pos -= nChars;
    remaining -= nChars;
    minWidth -= l;
    if (remaining <= 0 && minWidth <= 0) break;
    minWidth -= sep.length;
  }
  return parts.reverse().join(sep);
}

/** Splits a formatted number into its leading ASCII digits and the rest (point, fraction, exponent, ...). */
function splitDigits(body: string): [string, string] {
  let n = 0;
  while (n < body.length) {
    const c = body.charCodeAt(n);
    if (c < 48 || c > 57) break;
    n++;
  }
  return [body.slice(0, n), body.slice(n)];
}

/** Length in code points. */
function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * Lays out a number (CPython's calc_number_widths + fill_number):
 * [lpad][sign][prefix][spad][grouped digits][rest][rpad], where `rest` is whatever follows the integer
 * digits (decimal point, fraction, exponent, '%', 'inf', or the character of 'c').
 */
function layoutNumber(
  negative: boolean,
  prefix: string,
  digits: string,
  rest: string,
  signOpt: string,
  width: number,
  fill: string,
  align: string,
  group: number,
  sep: string,
): string {
  let sign = "";
  if (signOpt === "+") sign = negative ? "-" : "+";
  else if (signOpt === " ") sign = negative ? "-" : " ";
  else if (negative) sign = "-";
  const nonDigit = sign.length + prefix.length + cpLength(rest);
  const minWidth = fill === "0" && align === "=" ? width - nonDigit : 0;
  const grouped = digits.length === 0 ? "" : groupDigits(digits, minWidth, group, sep);
  const nPad = width - (nonDigit + grouped.length);
  let lpad = "";
  let spad = "";
  let rpad = "";
  if (nPad > 0) {
    switch (align) {
      case "<":
        rpad = fill.repeat(nPad);
        break;
      case "^":
        lpad = fill.repeat(nPad >> 1);
        rpad = fill.repeat(nPad - (nPad >> 1));
        break;
      case "=":
        spad = fill.repeat(nPad);
        break;
      default:
        lpad = fill.repeat(nPad);
    }
  }
  return lpad + sign + prefix + spad + grouped + rest + rpad;
}

/** Grouping size and separator for a spec (',' or '_' every 3 digits; '_' every 4 for b, o, x, X). */
function groupingOf(f: FormatSpec, type: string): [number, string] {
  if (type === "n" || f.grouping === "") return [0, ""];
  if (f.grouping === "_" && (type === "b" || type === "o" || type === "x" || type === "X")) return [4, "_"];
  return [3, f.grouping];
}

/**
 * `format(int, spec)` for a non-empty spec (CPython's format_long_internal, with the conversion to
 * float for the float presentation types). `typeName` is the type of the formatted object.
 */
export function formatIntSpec(v: Int, spec: Str, typeName = "int"): string {
  const f = parseFormatSpec(spec, typeName, "d");
  checkSizes(f);
  switch (f.type) {
    case "b":
    case "c":
    case "d":
    case "o":
    case "x":
    case "X":
    case "n":
      break;
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "%": {
      let x: number;
      if (typeof v === "number") x = v;
      else {
        x = Number(v);
        if (!Number.isFinite(x)) throw newException(OverflowError, "int too large to convert to float");
      }
      return formatFloatWithSpec(x, f);
    }
    default:
      unknownPresentationType(f.type, typeName);
  }
  if (f.precision !== -1) vErr("Precision not allowed in integer format specifier");
  if (f.z) vErr("Negative zero coercion (z) not allowed in integer format specifier");
  const align = f.align !== "" ? f.align : f.zeroPad ? "=" : ">";
  const negative = typeof v === "number" ? v < 0 : v < 0n;
  if (f.type === "c") {
    if (f.sign !== "") vErr("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) vErr("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === "bigint" && (v > 2n ** 63n - 1n || v < -(2n ** 63n))) {
      throw newException(OverflowError, "Python int too large to convert to C long");
    }
    if (negative || v > 0x10ffff) throw newException(OverflowError, "%c arg not in range(0x110000)");
    const ch = String.fromCodePoint(Number(v));
    return layoutNumber(false, "", "", ch, f.sign, f.width, f.fill, align, 0, "");
  }
  const base = f.type === "b" ? 2 : f.type === "o" ? 8 : f.type === "x" || f.type === "X" ? 16 : 10;
  let body = base === 10 ? intToDecimalString(v) : intToBaseString(v, base, false);
  if (negative) body = body.slice(1);
  let prefix = "";
  if (f.alternate && base !== 10) prefix = base === 2 ? "0b" : base === 8 ? "0o" : "0x";
  if (f.type === "X") {
    body = body.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const [group, sep] = groupingOf(f, f.type);
  return layoutNumber(negative, prefix, body, "", f.sign, f.width, f.fill, align, group, sep);
}

/** CPython's format_float_internal for a parsed spec. */
function formatFloatWithSpec(x: number, f: FormatSpec): string {
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let flags = 0;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.z) flags |= DTSF_NO_NEG_0;
  if (type === "") {
    flags |= DTSF_ADD_DOT_0;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  let pct = false;
  if (type === "%") {
    type = "f";
    x *= 100;
    pct = true;
  }
  if (precision > 2147483647) vErr("precision too big");
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  let s = formatFloat(x, type, precision, flags);
  if (pct) s += "%";
  const align = f.align !== "" ? f.align : f.zeroPad ? "=" : ">";
  let negative = false;
  if (s.charCodeAt(0) === 45) {
    negative = true;
    s = s.slice(1);
  }
  const [group, sep] = groupingOf(f, f.type);
  const [digits, rest] = splitDigits(s);
  return layoutNumber(negative, "", digits, rest, f.sign, f.width, f.fill, align, group, sep);
}

/** `format(float, spec)` for a non-empty spec (CPython's _PyFloat_FormatAdvancedWriter). */
export function formatFloatSpec(x: number, spec: Str, typeName = "float"): string {
  const f = parseFormatSpec(spec, typeName, "");
  checkSizes(f);
  switch (f.type) {
    case "":
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "n":
    case "%":
      return formatFloatWithSpec(x, f);
    default:
      unknownPresentationType(f.type, typeName);
  }
}

/** `format(complex, spec)` for a non-empty spec (CPython's format_complex_internal). */
export function formatComplexSpec(re: number, im: number, spec: Str, typeName = "complex"): string {
  const f = parseFormatSpec(spec, typeName, "");
  checkSizes(f);
  switch (f.type) {
    case "":
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "n":
      break;
    default:
      unknownPresentationType(f.type, typeName);
  }
  if (f.fill === "0") vErr("Zero padding is not allowed in complex format specifier");
  const align = f.align !== "" ? f.align : ">";
  if (align === "=") vErr("'=' alignment flag is not allowed in complex format specifier");
  let type: string = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let flags = 0;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.z) flags |= DTSF_NO_NEG_0;
  let skipRe = false;
  let parens = false;
  if (type === "") {
    type = "r";
    defaultPrecision = 0;
    if (re === 0 && 1 / re > 0) skipRe = true;
    else parens = true;
  }
  if (type === "n") type = "g";
  if (precision > 2147483647) vErr("precision too big");
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  let reStr = formatFloat(re, type, precision, flags);
  let imStr = formatFloat(im, type, precision, flags);
  let reNeg = false;
  let imNeg = false;
  if (reStr.charCodeAt(0) === 45) {
    reNeg = true;
    reStr = reStr.slice(1);
  }
  if (imStr.charCodeAt(0) === 45) {
    imNeg = true;
    imStr = imStr.slice(1);
  }
  const [group, sep] = groupingOf(f, f.type);
  const [reDigits, reRest] = splitDigits(reStr);
  const [imDigits, imRest] = splitDigits(imStr);
  const reText = skipRe ? "" : layoutNumber(reNeg, "", reDigits, reRest, f.sign, -1, "", "<", group, sep);
  const imText = layoutNumber(imNeg, "", imDigits, imRest, skipRe ? f.sign : "+", -1, "", "<", group, sep);
  const body = (parens ? "(" : "") + reText + imText + "j" + (parens ? ")" : "");
  const n = cpLength(body);
  const total = Math.max(f.width, n);
  let lpad = 0;
  if (align === ">") lpad = total - n;
  else if (align === "^") lpad = (total - n) >> 1;
  const rpad = total - n - lpad;
  return f.fill.repeat(lpad) + body + f.fill.repeat(rpad);
}
