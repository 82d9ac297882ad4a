// The natives of `str` (CPython's Objects/unicodeobject.c and Objects/stringlib/): construction, the
// special methods and every public method, with CPython's results and error messages.
//
// A str is a JS string, a PyCodePointStr (rare) or, for instances of subclasses, a PyStrSubclass that
// wraps one of those (src/objects/str.ts). Every method unwraps `self` first. Python indices count code
// points: a JS string without surrogate code units ("flat", the common case) is handled with JS string
// operations directly; anything else goes through arrays of code points, and results are rebuilt with
// `strFromCodePoints`, which keeps a lone high surrogate followed by a lone low one as two code points.

import {
  getItem,
  getIter,
  index,
  isTrue,
  iterNext,
  PY_EQ,
  PY_GE,
  PY_GT,
  PY_LE,
  PY_LT,
  PY_NE,
  str as strOf,
  typeName,
} from "../vm/abstract.js";
import { checkArity, parseArgs } from "./args.js";
import { auxType, DictType, defMethod, defStatic, None, NotImplemented, StrType, typeOf } from "./builtin_types.js";
import { PyDict } from "./dict.js";
import {
  IndexError,
  LookupError,
  newException,
  OverflowError,
  PyBaseException,
  stopIteration,
  TypeError,
  typeError,
  valueError,
} from "./exceptions.js";
import { strHashAny } from "./hash.js";
import type { Int } from "./int.js";
import { PyList } from "./list.js";
import type { PyObject } from "./object.js";
import { PySlice, sliceIndices } from "./slice.js";
import {
  asStr,
  isStr,
  CT_ALPHA,
  CT_CASE_IGNORABLE,
  CT_CASED,
  CT_DECIMAL,
  CT_DIGIT,
  CT_LOWER,
  CT_NUMERIC,
  CT_PRINTABLE,
  CT_TITLE,
  CT_UPPER,
  CT_XID_CONTINUE,
  CT_XID_START,
  caseMappingIsSafe,
  charProps,
  codePointStrRepr,
  concatStr,
  foldFull,
  isFlat,
  isSpaceCodePoint,
  lowerFull,
  readCodePoints,
  PyCodePointStr,
  PyStrSubclass,
  type Str,
  strCompare,
  strConcat,
  strEquals,
  strFromCodePoints,
  strLength,
  strRepr,
  titleFull,
  upperFull,
} from "./str.js";
import { formatMap, formatStr, formatString, strPercentFormat } from "./str_format.js";
import { PyTuple } from "./tuple.js";
import { decodeBytes, encodeStr, getBuffer } from "./codecs.js";
import { PyBytes } from "./bytes.js";
import { PyMethodDescr, PyType } from "./type.js";

// ---------------------------------------------------------------------------------------------------
// Helpers shared by the methods

/** The str value of `self` (a method's receiver). */
function S(self: PyObject): Str {
  if (typeof self === "string") return self;
  if (self instanceof PyCodePointStr) return self;
  if (self instanceof PyStrSubclass) return self.value;
  throw typeError(`descriptor requires a 'str' object but received a '${typeName(self)}'`);
}

/** A new instance of the str subclass `type` with value `value` (str.__new__ for subclasses). */
export function newStrSubclassInstance(type: PyType, value: Str): PyStrSubclass {
  return new PyStrSubclass(type, value);
}

function mustBeStr(o: PyObject, what: string): Str {
  const s = asStr(o);
  if (s === undefined) throw typeError(`${what} must be str, not ${argTypeName(o)}`);
  return s;
}

/** The type name in Argument Clinic's "must be X, not Y" messages: None is named "None". */
export function argTypeName(o: PyObject): string {
  return o === None ? "None" : typeName(o);
}

/**
 * Whether the other operand of `str + x` / `str * x` brings its own reflected method written in Python.
 * CPython's str has no nb_add/nb_multiply: the operators try the other operand's numeric slot, then
 * str's sequence slot, which raises. Builtin types never accept a str there, so only a Python-level
 * __radd__/__rmul__ deserves NotImplemented; otherwise raise CPython's message at once.
 */
export function otherHandlesReflected(o: PyObject, name: string): boolean {
  const f = typeOf(o).lookup(name);
  return f !== undefined && f !== None && !(f instanceof PyMethodDescr);
}

/** Positional-only arguments with CPython's messages ("str.f() takes no keyword arguments", "f expected ..."). */
function posArgs(fname: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`str.${fname}() takes no keyword arguments`);
  if (min === max) checkArity(`str.${fname}`, args, null, min, max);
  else checkArity(fname, args, null, min, max);
}

/** Arity of a slot wrapper (`str.__len__(s, 1)`): "expected 1 argument, got 0". */
function wrapperArgs(name: string, args: PyObject[], kwnames: string[] | null, n: number): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length !== n) {
    // sq_repeat's wrapper unpacks with PyArg_UnpackTuple and an empty name, hence the leading space
    const lead = name === "__mul__" || name === "__rmul__" ? " " : "";
    throw typeError(`${lead}expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
  }
}

const MAX_SSIZE = Number.MAX_SAFE_INTEGER;

/** An int argument that must fit in a C ssize_t (widths, counts). */
export function ssizeArg(o: PyObject): number {
  const i = index(o);
  if (typeof i === "number") return i;
  throw newException(OverflowError, "Python int too large to convert to C ssize_t");
}

/** An optional slice bound (start/end of find, count, startswith, ...): None or absent means default. */
export function sliceBound(o: PyObject, dflt: number): number {
  if (o === undefined || o === None) return dflt;
  if (typeof o === "number") return o;
  const t = typeof o;
  if (t !== "bigint" && t !== "boolean" && typeOf(o).lookup("__index__") === undefined) {
    throw typeError("slice indices must be integers or None or have an __index__ method");
  }
  const i = index(o);
  if (typeof i === "number") return i;
  return i > 0n ? MAX_SSIZE : -MAX_SSIZE;
}

/** CPython's ADJUST_INDICES: clamps [start, end) to a sequence of length `len`. */
export function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

function fromCps(cps: number[]): Str {
  return strFromCodePoints(cps);
}

/** Code points of `s` from index `a` to `b` (code-point indices) as a str. */
function cpSlice(cps: readonly number[], a: number, b: number): Str {
  return strFromCodePoints(cps.slice(a, b));
}

/** First index >= from of `needle` in `hay` (both code points), ending at or before `end`; -1 if none. */
export function cpFind(hay: readonly number[], needle: readonly number[], from: number, end: number): number {
  const m = needle.length;
  const last = end - m;
  if (m === 0) return from <= end ? from : -1;
  const first = needle[0]!;
  outer: for (let i = from; i <= last; i++) {
    if (hay[i] !== first) continue;
    for (let k = 1; k < m; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** Last index of `needle` in hay[start:end]; -1 if none. */
export function cpRFind(hay: readonly number[], needle: readonly number[], start: number, end: number): number {
  const m = needle.length;
  outer: for (let i = end - m; i >= start; i--) {
    for (let k = 0; k < m; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** Flat JS strings for a fast path, or null when any of them needs code-point treatment. */
function flat2(a: Str, b: Str): boolean {
  return typeof a === "string" && typeof b === "string" && isFlat(a) && isFlat(b);
}

function padStr(fill: Str, n: number): Str {
  if (n <= 0) return "";
  if (typeof fill === "string") return fill.repeat(n);
  return strFromCodePoints(new Array<number>(n).fill(fill.codePoints[0]!));
}

function concat2(a: Str, b: Str): Str {
  return strConcat(a, b);
}

function concat3(a: Str, b: Str, c: Str): Str {
  return concat2(concat2(a, b), c);
}

/** A character of a str as a 1-length str. */
function charAt(cps: readonly number[], i: number): string {
  return String.fromCodePoint(cps[i]!);
}

// ---------------------------------------------------------------------------------------------------
// Helpers of the special methods

/** The class argument of `T.__new__(cls, ...)` with the checks of CPython's tp_new_wrapper. */
export function newTypeArg(T: PyType, args: PyObject[]): PyType {
  if (args.length === 0) throw typeError(`${T.name}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`${T.name}.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtype(T)) throw typeError(`${T.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${T.name}`);
  return cls;
}

/** str(obj) as a Str (PyObject_Str). */
function strResult(o: PyObject): Str {
  const r: PyObject = strOf(o);
  return asStr(r) ?? (r as string);
}

function defCompare(name: string, op: number): void {
  defMethod(StrType, name, (self, args, kwnames) => {
    wrapperArgs(name, args, kwnames, 1);
    const a = S(self);
    const b = asStr(args[0]);
    if (b === undefined) return NotImplemented;
    if (op === PY_EQ) return strEquals(a, b);
    if (op === PY_NE) return !strEquals(a, b);
    const c = strCompare(a, b);
    switch (op) {
      case PY_LT:
        return c < 0;
      case PY_LE:
        return c <= 0;
      case PY_GT:
        return c > 0;
      default:
        return c >= 0;
    }
  });
}

/** s[key] for an int or a slice. */
export function strGetItem(s: Str, key: PyObject): Str {
  if (key instanceof PySlice) {
    if (typeof s === "string" && isFlat(s)) {
      const [start, , step, n] = sliceIndices(key, s.length);
      if (step === 1) return s.slice(start, start + n);
      let out = "";
      for (let i = 0, j = start; i < n; i++, j += step) out += s[j];
      return out;
    }
    const cps = readCodePoints(s);
    const [start, , step, n] = sliceIndices(key, cps.length);
    if (step === 1) return cpSlice(cps, start, start + n);
    const out = new Array<number>(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = cps[j]!;
    return fromCps(out);
  }
  const t = typeof key;
  if (t !== "number" && t !== "bigint" && t !== "boolean" && typeOf(key).lookup("__index__") === undefined) {
    throw typeError(`string indices must be integers, not '${typeName(key)}'`);
  }
  const k = index(key);
  if (typeof k !== "number") {
    throw newException(IndexError, "cannot fit 'int' into an index-sized integer");
  }
  if (typeof s === "string" && isFlat(s)) {
    const i = k < 0 ? k + s.length : k;
    if (i < 0 || i >= s.length) throw newException(IndexError, "string index out of range");
    return s[i]!;
  }
  const cps = readCodePoints(s);
  const i = k < 0 ? k + cps.length : k;
  if (i < 0 || i >= cps.length) throw newException(IndexError, "string index out of range");
  return charAt(cps, i);
}

/** hash() of a str in any representation. */
export function strHashOf(s: Str): Int {
  return strHashAny(s);
}

const StrAsciiIteratorType = auxType("str_ascii_iterator");
const StrIteratorType = auxType("str_iterator");

/** Iterator over the characters of a str (CPython's str_ascii_iterator / str_iterator). */
export class PyStrIterator {
  type: PyType;
  /** Position in code units of `s`, or in code points of `cps`. */
  pos = 0;
  constructor(
    public s: string,
    public cps: readonly number[] | null,
  ) {
    this.type = cps === null && /^[\x00-\x7f]*$/.test(s) ? StrAsciiIteratorType : StrIteratorType;
  }

  nextValue(): PyObject {
    const cps = this.cps;
    if (cps !== null) {
      if (this.pos >= cps.length) return undefined;
      return String.fromCodePoint(cps[this.pos++]!);
    }
    const s = this.s;
    const i = this.pos;
    if (i >= s.length) return undefined;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        this.pos = i + 2;
        return s.slice(i, i + 2);
      }
    }
    this.pos = i + 1;
    return s[i]!;
  }

  remaining(): number {
    if (this.cps !== null) return Math.max(0, this.cps.length - this.pos);
    return this.pos >= this.s.length ? 0 : strLength(this.s.slice(this.pos));
  }
}

for (const T of [StrAsciiIteratorType, StrIteratorType]) {
  defMethod(T, "__iter__", (self) => self);
  defMethod(T, "__next__", (self: PyStrIterator) => {
    const v = self.nextValue();
    if (v === undefined) throw stopIteration();
    return v;
  });
  defMethod(T, "__length_hint__", (self: PyStrIterator) => self.remaining());
}

function repeat(s: Str, nObj: PyObject): Str {
  const n = ssizeArg(nObj);
  if (n <= 0) return "";
  if (n === 1) return s;
  if (typeof s === "string") {
    if (s.length * n > 0x1fffffe8) throw newException(OverflowError, "repeated string is too long");
    const c = s.charCodeAt(s.length - 1);
    const d = s.charCodeAt(0);
    if (!(c >= 0xd800 && c < 0xdc00 && d >= 0xdc00 && d < 0xe000)) return s.repeat(n);
  }
  const cps = readCodePoints(s);
  const out: number[] = [];
  for (let i = 0; i < n; i++) for (const c of cps) out.push(c);
  return fromCps(out);
}

function isIndexLike(o: PyObject): boolean {
  const t = typeof o;
  return t === "number" || t === "bigint" || t === "boolean" || typeOf(o).lookup("__index__") !== undefined;
}

// ---------------------------------------------------------------------------------------------------
// Case mapping

/** Whether code point i of cps is a final sigma (CPython's handle_capital_sigma): σ or ς. */
function finalSigma(cps: readonly number[], i: number): number {
  let j = i - 1;
  let c = 0;
  while (j >= 0) {
    c = cps[j]!;
    if ((charProps(c) & CT_CASE_IGNORABLE) === 0) break;
    j--;
  }
  let final = j >= 0 && (charProps(c) & CT_CASED) !== 0;
  if (final) {
    j = i + 1;
    while (j < cps.length) {
      c = cps[j]!;
      if ((charProps(c) & CT_CASE_IGNORABLE) === 0) break;
      j++;
    }
    final = j === cps.length || (charProps(c) & CT_CASED) === 0;
  }
  return final ? 0x3c2 : 0x3c3;
}

/** lower_ucs4: the lower-case mapping of cps[i] in context. */
function lowerAt(cps: readonly number[], i: number): string {
  const c = cps[i]!;
  if (c === 0x3a3) return String.fromCharCode(finalSigma(cps, i));
  return lowerFull(c);
}

/** Maps every code point through `f` and rebuilds the str. */
function mapCodePoints(s: Str, f: (cps: readonly number[], i: number) => string): Str {
  const cps = readCodePoints(s);
  const parts = new Array<string>(cps.length);
  for (let i = 0; i < cps.length; i++) parts[i] = f(cps, i);
  // Case mappings never produce surrogates; only unmapped lone surrogates can meet
  return typeof s === "string" ? parts.join("") : concatStr(parts);
}

export function strLower(s: Str): Str {
  if (typeof s === "string" && caseMappingIsSafe(s)) return s.toLowerCase();
  return mapCodePoints(s, lowerAt);
}

export function strUpper(s: Str): Str {
  if (typeof s === "string" && caseMappingIsSafe(s)) return s.toUpperCase();
  return mapCodePoints(s, (cps, i) => upperFull(cps[i]!));
}

function isAsciiJs(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

function noArgMethod(name: string, f: (s: Str) => PyObject): void {
  defMethod(StrType, name, (self, args, kwnames) => {
    posArgs(name, args, kwnames, 0, 0);
    return f(S(self));
  });
}

// ---------------------------------------------------------------------------------------------------
// Character class predicates

/** Whether every code point of a non-empty str has one of the property bits `mask`. */
function allHave(s: Str, mask: number): boolean {
  if (typeof s === "string") {
    const n = s.length;
    if (n === 0) return false;
    for (let i = 0; i < n; ) {
      const c = s.codePointAt(i)!;
      if ((charProps(c) & mask) === 0) return false;
      i += c > 0xffff ? 2 : 1;
    }
    return true;
  }
  const cps = s.codePoints;
  if (cps.length === 0) return false;
  for (const c of cps) if ((charProps(c) & mask) === 0) return false;
  return true;
}

/** str.isidentifier(): XID_Start or '_' then XID_Continue characters. */
export function strIsIdentifier(s: Str): boolean {
  const cps = readCodePoints(s);
  if (cps.length === 0) return false;
  const c0 = cps[0]!;
  if (c0 !== 0x5f && (charProps(c0) & CT_XID_START) === 0) return false;
  for (let i = 1; i < cps.length; i++) if ((charProps(cps[i]!) & CT_XID_CONTINUE) === 0) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Encoding

/** str(obj, encoding, errors) and bytes.decode: PyUnicode_FromEncodedObject. */
export function decodeObject(obj: PyObject, encoding: PyObject, errors: PyObject): Str {
  const enc = encoding === undefined ? "utf-8" : strText(asStr(encoding)!);
  const err = errors === undefined ? "strict" : strText(asStr(errors)!);
  const data = getBuffer(obj);
  if (data === undefined) {
    if (isStr(obj)) throw typeError("decoding str is not supported");
    throw typeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
  }
  return decodeBytes(data, enc, err);
}

function strText(s: Str): string {
  return typeof s === "string" ? s : String.fromCodePoint(...s.codePoints);
}

// ---------------------------------------------------------------------------------------------------
// Padding

function fillArg(fname: string, args: PyObject[], kwnames: string[] | null): [number, Str] {
  posArgs(fname, args, kwnames, 1, 2);
  const width = ssizeArg(args[0]);
  let fill: Str = " ";
  if (args.length > 1) {
    const f = asStr(args[1]);
    if (f === undefined) throw typeError(`The fill character must be a unicode character, not ${typeName(args[1])}`);
    if (strLength(f) !== 1) throw typeError("The fill character must be exactly one character long");
    fill = f;
  }
  return [width, fill];
}

function pad(s: Str, left: number, right: number, fill: Str): Str {
  return concat3(padStr(fill, left), s, padStr(fill, right));
}

// ---------------------------------------------------------------------------------------------------
// Searching

/** Parses (sub, start, end) of find/count/index/...: the needle and the adjusted code-point range. */
function searchArgs(fname: string, args: PyObject[], kwnames: string[] | null): [Str, number, number] {
  posArgs(fname, args, kwnames, 1, 3);
  const start = sliceBound(args[1], 0);
  const end = sliceBound(args[2], MAX_SSIZE);
  const sub = mustBeStr(args[0], `${fname}() argument 1`);
  return [sub, start, end];
}

/** find (dir > 0) or rfind (dir < 0): code-point index or -1. */
export function strFind(s: Str, sub: Str, start: number, end: number, dir: number): number {
  if (flat2(s, sub)) {
    const a = s as string;
    const b = sub as string;
    const [st, en] = adjustIndices(start, end, a.length);
    if (en - st < b.length) return -1;
    if (dir > 0) {
      const r = a.indexOf(b, st);
      return r < 0 || r + b.length > en ? -1 : r;
    }
    const r = a.lastIndexOf(b, en - b.length);
    return r < st ? -1 : r;
  }
  const h = readCodePoints(s);
  const n = readCodePoints(sub);
  const [st, en] = adjustIndices(start, end, h.length);
  if (en - st < n.length) return -1;
  return dir > 0 ? cpFind(h, n, st, en) : cpRFind(h, n, st, en);
}

/** str.count over [start, end): non-overlapping occurrences. */
export function strCount(s: Str, sub: Str, start: number, end: number): number {
  if (flat2(s, sub)) {
    const a = s as string;
    const b = sub as string;
    const [st, en] = adjustIndices(start, end, a.length);
    if (en - st < b.length) return 0;
    if (b.length === 0) return en - st + 1;
    let count = 0;
    for (let i = a.indexOf(b, st); i >= 0 && i + b.length <= en; i = a.indexOf(b, i + b.length)) count++;
    return count;
  }
  const h = readCodePoints(s);
  const n = readCodePoints(sub);
  const [st, en] = adjustIndices(start, end, h.length);
  if (en - st < n.length) return 0;
  if (n.length === 0) return en - st + 1;
  let count = 0;
  for (let i = cpFind(h, n, st, en); i >= 0; i = cpFind(h, n, i + n.length, en)) count++;
  return count;
}

/** tailmatch: whether sub occurs at the start (dir < 0) or end (dir > 0) of s[start:end]. */
function tailMatch(s: Str, sub: Str, start: number, end: number, dir: number): boolean {
  if (flat2(s, sub)) {
    const a = s as string;
    const b = sub as string;
    let [st, en] = adjustIndices(start, end, a.length);
    en -= b.length;
    if (en < st) return false;
    if (b.length === 0) return true;
    return a.startsWith(b, dir > 0 ? en : st);
  }
  const h = readCodePoints(s);
  const n = readCodePoints(sub);
  let [st, en] = adjustIndices(start, end, h.length);
  en -= n.length;
  if (en < st) return false;
  const at = dir > 0 ? en : st;
  for (let k = 0; k < n.length; k++) if (h[at + k] !== n[k]) return false;
  return true;
}

function defTailMatch(name: string, dir: number): void {
  defMethod(StrType, name, (self, args, kwnames) => {
    posArgs(name, args, kwnames, 1, 3);
    const start = sliceBound(args[1], 0);
    const end = sliceBound(args[2], MAX_SSIZE);
    const s = S(self);
    const x = args[0];
    if (x instanceof PyTuple) {
      for (const item of x.items) {
        const sub = asStr(item);
        if (sub === undefined) throw typeError(`tuple for ${name} must only contain str, not ${typeName(item)}`);
        if (tailMatch(s, sub, start, end, dir)) return true;
      }
      return false;
    }
    const sub = asStr(x);
    if (sub === undefined) throw typeError(`${name} first arg must be str or a tuple of str, not ${typeName(x)}`);
    return tailMatch(s, sub, start, end, dir);
  });
}

// ---------------------------------------------------------------------------------------------------
// Joining, splitting, stripping, replacing

/** sep.join(iterable) with CPython's errors. */
export function strJoin(sep: Str, iterable: PyObject): Str {
  let items: PyObject[];
  if (iterable instanceof PyTuple || iterable instanceof PyList) items = iterable.items;
  else {
    let it: PyObject;
    try {
      it = getIter(iterable);
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtype(TypeError)) throw typeError("can only join an iterable");
      throw e;
    }
    items = [];
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) items.push(x);
  }
  const n = items.length;
  if (n === 0) return "";
  const pieces = new Array<Str>(2 * n - 1);
  let allJs = typeof sep === "string";
  for (let i = 0; i < n; i++) {
    const x = items[i];
    const v = typeof x === "string" ? x : asStr(x);
    if (v === undefined) throw typeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
    if (typeof v !== "string") allJs = false;
    if (i > 0) pieces[2 * i - 1] = sep;
    pieces[2 * i] = v;
  }
  if (n === 1) return pieces[0]!;
  if (allJs && isFlat(sep as string)) {
    let flat = true;
    for (let i = 0; i < n && flat; i++) flat = isFlat(pieces[2 * i] as string);
    if (flat) return (pieces as string[]).join("");
  }
  return concatStr(pieces);
}

/** The set of code points of a strip argument, or null for whitespace. */
function stripChars(fname: string, args: PyObject[], kwnames: string[] | null): readonly number[] | null {
  posArgs(fname, args, kwnames, 0, 1);
  const c = args[0];
  if (c === undefined || c === None) return null;
  const s = asStr(c);
  if (s === undefined) throw typeError(`${fname} arg must be None or str`);
  return readCodePoints(s);
}

/** strip with `chars` (null: whitespace); `left`/`right` say which ends. */
export function strStrip(s: Str, chars: readonly number[] | null, left: boolean, right: boolean): Str {
  const inSet =
    chars === null
      ? isSpaceCodePoint
      : chars.length <= 8
        ? (c: number) => chars.includes(c)
        : (
            (set: Set<number>) => (c: number) =>
              set.has(c)
          )(new Set(chars));
  if (typeof s === "string" && isFlat(s)) {
    let i = 0;
    let j = s.length;
    if (left) while (i < j && inSet(s.charCodeAt(i))) i++;
    if (right) while (j > i && inSet(s.charCodeAt(j - 1))) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  const cps = readCodePoints(s);
  let i = 0;
  let j = cps.length;
  if (left) while (i < j && inSet(cps[i]!)) i++;
  if (right) while (j > i && inSet(cps[j - 1]!)) j--;
  return i === 0 && j === cps.length ? s : cpSlice(cps, i, j);
}

function partitionArg(fname: string, args: PyObject[], kwnames: string[] | null): Str {
  checkArity(`str.${fname}`, args, kwnames, 1, 1);
  const sep = asStr(args[0]);
  if (sep === undefined) throw typeError(`must be str, not ${typeName(args[0])}`);
  if (strLength(sep) === 0) throw valueError("empty separator");
  return sep;
}

function defRemoveAffix(name: string, suffix: boolean): void {
  defMethod(StrType, name, (self, args, kwnames) => {
    checkArity(`str.${name}`, args, kwnames, 1, 1);
    const a = asStr(args[0]);
    if (a === undefined) throw typeError(`${name}() argument must be str, not ${argTypeName(args[0])}`);
    const s = S(self);
    const n = strLength(a);
    if (n === 0) return s;
    const len = strLength(s);
    if (!tailMatch(s, a, 0, len, suffix ? 1 : -1)) return s;
    return suffix ? strGetItemRange(s, 0, len - n) : strGetItemRange(s, n, len);
  });
}

/** s[a:b] in code points (0 <= a <= b <= len). */
function strGetItemRange(s: Str, a: number, b: number): Str {
  if (typeof s === "string" && isFlat(s)) return s.slice(a, b);
  return cpSlice(readCodePoints(s), a, b);
}

/** str.replace(old, new, count): count < 0 replaces every occurrence. */
export function strReplace(s: Str, oldS: Str, newS: Str, count: number): Str {
  const max = count < 0 ? MAX_SSIZE : count;
  if (max === 0) return s;
  if (flat2(s, oldS) && typeof newS === "string" && isFlat(newS)) {
    const a = s as string;
    const o = oldS as string;
    if (o.length === 0) {
      const parts: string[] = [];
      let k = 0;
      for (let i = 0; i <= a.length; i++) {
        if (k < max) {
          parts.push(newS);
          k++;
        }
        if (i < a.length) parts.push(a[i]!);
      }
      return parts.join("");
    }
    if (count < 0) return a.includes(o) ? a.split(o).join(newS) : a;
    const parts: string[] = [];
    let pos = 0;
    let k = 0;
    for (let i = a.indexOf(o); i >= 0 && k < max; i = a.indexOf(o, pos)) {
      parts.push(a.slice(pos, i), newS);
      pos = i + o.length;
      k++;
    }
    if (k === 0) return a;
    parts.push(a.slice(pos));
    return parts.join("");
  }
  const h = readCodePoints(s);
  const o = readCodePoints(oldS);
  const nw = readCodePoints(newS);
  const out: number[] = [];
  let k = 0;
  if (o.length === 0) {
    for (let i = 0; i <= h.length; i++) {
      if (k < max) {
        for (const c of nw) out.push(c);
        k++;
      }
      if (i < h.length) out.push(h[i]!);
    }
    return fromCps(out);
  }
  let pos = 0;
  for (let i = cpFind(h, o, 0, h.length); i >= 0 && k < max; i = cpFind(h, o, pos, h.length)) {
    for (let j = pos; j < i; j++) out.push(h[j]!);
    for (const c of nw) out.push(c);
    pos = i + o.length;
    k++;
  }
  if (k === 0) return s;
  for (let j = pos; j < h.length; j++) out.push(h[j]!);
  return fromCps(out);
}

function splitArgs(fname: string, args: PyObject[], kwnames: string[] | null): [Str | null, number] {
  const [sepObj, maxObj] = parseArgs(fname, args, kwnames, ["sep", "maxsplit"], 0);
  let max = maxObj === undefined ? -1 : ssizeArg(maxObj);
  if (max < 0) max = MAX_SSIZE;
  if (sepObj === undefined || sepObj === None) return [null, max];
  const sep = asStr(sepObj);
  if (sep === undefined) throw typeError(`must be str or None, not ${typeName(sepObj)}`);
  if (strLength(sep) === 0) throw valueError("empty separator");
  return [sep, max];
}

/** str.split(sep, maxsplit) as a JS array (sep null: runs of whitespace). */
export function strSplit(s: Str, sep: Str | null, max: number): Str[] {
  const out: Str[] = [];
  if (typeof s === "string" && isFlat(s) && (sep === null || (typeof sep === "string" && isFlat(sep)))) {
    const n = s.length;
    if (sep === null) {
      let i = 0;
      let count = max;
      while (count-- > 0) {
        while (i < n && isSpaceCodePoint(s.charCodeAt(i))) i++;
        if (i === n) break;
        const j = i;
        i++;
        while (i < n && !isSpaceCodePoint(s.charCodeAt(i))) i++;
        out.push(s.slice(j, i));
      }
      if (i < n) {
        while (i < n && isSpaceCodePoint(s.charCodeAt(i))) i++;
        if (i !== n) out.push(s.slice(i));
      }
      return out;
    }
    const sp = sep as string;
    if (max >= n) return s.split(sp);
    let i = 0;
    let count = max;
    while (count-- > 0) {
      const pos = s.indexOf(sp, i);
      if (pos < 0) break;
      out.push(s.slice(i, pos));
      i = pos + sp.length;
    }
    out.push(s.slice(i));
    return out;
  }
  const h = readCodePoints(s);
  const n = h.length;
  if (sep === null) {
    let i = 0;
    let count = max;
    while (count-- > 0) {
      while (i < n && isSpaceCodePoint(h[i]!)) i++;
      if (i === n) break;
      const j = i;
      i++;
      while (i < n && !isSpaceCodePoint(h[i]!)) i++;
      out.push(cpSlice(h, j, i));
    }
    if (i < n) {
      while (i < n && isSpaceCodePoint(h[i]!)) i++;
      if (i !== n) out.push(cpSlice(h, i, n));
    }
    return out;
  }
  const sp = readCodePoints(sep);
  let i = 0;
  let count = max;
  while (count-- > 0) {
    const pos = cpFind(h, sp, i, n);
    if (pos < 0) break;
    out.push(cpSlice(h, i, pos));
    i = pos + sp.length;
  }
  out.push(cpSlice(h, i, n));
  return out;
}

/** str.rsplit(sep, maxsplit) as a JS array. */
export function strRSplit(s: Str, sep: Str | null, max: number): Str[] {
  const out: Str[] = [];
  const h = readCodePoints(s);
  const n = h.length;
  if (sep === null) {
    let i = n - 1;
    let count = max;
    while (count-- > 0) {
      while (i >= 0 && isSpaceCodePoint(h[i]!)) i--;
      if (i < 0) break;
      const j = i;
      i--;
      while (i >= 0 && !isSpaceCodePoint(h[i]!)) i--;
      out.push(cpSlice(h, i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && isSpaceCodePoint(h[i]!)) i--;
      if (i >= 0) out.push(cpSlice(h, 0, i + 1));
    }
    return out.reverse();
  }
  const sp = readCodePoints(sep);
  let j = n;
  let count = max;
  while (count-- > 0) {
    const pos = cpRFind(h, sp, 0, j);
    if (pos < 0) break;
    out.push(cpSlice(h, pos + sp.length, j));
    j = pos;
  }
  out.push(cpSlice(h, 0, j));
  return out.reverse();
}

function isLineBreak(c: number): boolean {
  return (c >= 10 && c <= 13) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** str.splitlines(keepends) as a JS array. */
export function strSplitLines(s: Str, keepends: boolean): Str[] {
  const flat = typeof s === "string" && isFlat(s);
  const h = flat ? null : readCodePoints(s);
  const n = flat ? (s as string).length : h!.length;
  const at = flat ? (i: number) => (s as string).charCodeAt(i) : (i: number) => h![i]!;
  const sub = flat ? (a: number, b: number) => (s as string).slice(a, b) : (a: number, b: number) => cpSlice(h!, a, b);
  const out: Str[] = [];
  let i = 0;
  let j = 0;
  while (i < n) {
    while (i < n && !isLineBreak(at(i))) i++;
    let eol = i;
    if (i < n) {
      if (at(i) === 13 && i + 1 < n && at(i + 1) === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(sub(j, eol));
    j = i;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Translation

/** str.translate(table): table[ord(c)] is None (delete), an int, a str, or missing (LookupError: keep). */
export function strTranslate(s: Str, table: PyObject): Str {
  const cps = readCodePoints(s);
  const cache = new Map<number, readonly number[] | null>();
  const exactDict = table instanceof PyDict && table.type === DictType;
  const out: number[] = [];
  for (const c of cps) {
    let m: readonly number[] | null | undefined = cache.get(c);
    if (m === undefined) {
      let v: PyObject;
      if (exactDict) v = (table as PyDict).getItem(c);
      else {
        try {
          v = getItem(table, c);
        } catch (e) {
          if (e instanceof PyBaseException && e.type.isSubtype(LookupError)) v = undefined;
          else throw e;
        }
      }
      if (v === undefined) m = [c];
      else if (v === None) m = null;
      else if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") {
        const x = typeof v === "boolean" ? Number(v) : v;
        if (typeof x === "bigint" || x < 0 || x > 0x10ffff) {
          throw valueError("character mapping must be in range(0x110000)");
        }
        m = [x];
      } else {
        const vs = asStr(v);
        if (vs === undefined) throw typeError("character mapping must return integer, None or str");
        m = readCodePoints(vs);
      }
      cache.set(c, m);
    }
    if (m !== null) for (const x of m) out.push(x);
  }
  return fromCps(out);
}

// ---------------------------------------------------------------------------------------------------
// Construction

defStatic(StrType, "__new__", (args, kwnames) => {
  const cls = newTypeArg(StrType, args);
  const rest = args.slice(1);
  const npos = rest.length - (kwnames === null ? 0 : kwnames.length);
  if (npos > 3) throw typeError(`str expected at most 3 arguments, got ${npos}`);
  const [obj, encoding, errors] = parseArgs("str", rest, kwnames, ["object", "encoding", "errors"], 0);
  if (encoding !== undefined && !isStr(encoding)) {
    throw typeError(`str() argument 'encoding' must be str, not ${argTypeName(encoding)}`);
  }
  if (errors !== undefined && !isStr(errors)) {
    throw typeError(`str() argument 'errors' must be str, not ${argTypeName(errors)}`);
  }
  let value: Str;
  if (obj === undefined) value = "";
  else if (encoding === undefined && errors === undefined) value = strResult(obj);
  else value = decodeObject(obj, encoding as PyObject, errors as PyObject);
  if (cls === StrType) return value;
  return newStrSubclassInstance(cls, value);
});

// ---------------------------------------------------------------------------------------------------
// Special methods

defMethod(StrType, "__add__", (self, args, kwnames) => {
  wrapperArgs("__add__", args, kwnames, 1);
  const a = S(self);
  const b = asStr(args[0]);
  if (b === undefined) {
    // CPython's str has no nb_add: `str + x` tries x.__radd__ first, then raises from sq_concat
    if (otherHandlesReflected(args[0], "__radd__")) return NotImplemented;
    throw typeError(`can only concatenate str (not "${typeName(args[0])}") to str`);
  }
  return concat2(a, b);
});

defMethod(StrType, "__contains__", (self, args, kwnames) => {
  wrapperArgs("__contains__", args, kwnames, 1);
  const s = S(self);
  const sub = asStr(args[0]);
  if (sub === undefined) throw typeError(`'in <string>' requires string as left operand, not ${typeName(args[0])}`);
  if (flat2(s, sub)) return (s as string).includes(sub as string);
  const h = readCodePoints(s);
  const n = readCodePoints(sub);
  return cpFind(h, n, 0, h.length) >= 0;
});
defCompare("__eq__", PY_EQ);

defMethod(StrType, "__format__", (self, args, kwnames) => {
  posArgs("__format__", args, kwnames, 1, 1);
  const spec = asStr(args[0]);
  if (spec === undefined) throw typeError(`__format__() argument must be str, not ${argTypeName(args[0])}`);
  return formatStr(S(self), spec, typeName(self));
});
defCompare("__ge__", PY_GE);

defMethod(StrType, "__getitem__", (self, args, kwnames) => {
  wrapperArgs("__getitem__", args, kwnames, 1);
  return strGetItem(S(self), args[0]);
});

defMethod(StrType, "__getnewargs__", (self, args, kwnames) => {
  posArgs("__getnewargs__", args, kwnames, 0, 0);
  return new PyTuple([S(self)]);
});
defCompare("__gt__", PY_GT);

defMethod(StrType, "__hash__", (self, args, kwnames) => {
  wrapperArgs("__hash__", args, kwnames, 0);
  return strHashAny(S(self));
});

defMethod(StrType, "__iter__", (self, args, kwnames) => {
  wrapperArgs("__iter__", args, kwnames, 0);
  const s = S(self);
  return typeof s === "string" ? new PyStrIterator(s, null) : new PyStrIterator("", s.codePoints);
});
defCompare("__le__", PY_LE);

defMethod(StrType, "__len__", (self, args, kwnames) => {
  wrapperArgs("__len__", args, kwnames, 0);
  return strLength(S(self));
});
defCompare("__lt__", PY_LT);

defMethod(StrType, "__mod__", (self, args, kwnames) => {
  wrapperArgs("__mod__", args, kwnames, 1);
  return strPercentFormat(S(self), args[0]);
});

defMethod(StrType, "__mul__", (self, args, kwnames) => {
  wrapperArgs("__mul__", args, kwnames, 1);
  const n = args[0];
  if (!isIndexLike(n)) {
    if (otherHandlesReflected(n, "__rmul__")) return NotImplemented;
    throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  }
  return repeat(S(self), n);
});
defCompare("__ne__", PY_NE);

defMethod(StrType, "__repr__", (self, args, kwnames) => {
  wrapperArgs("__repr__", args, kwnames, 0);
  const s = S(self);
  return typeof s === "string" ? strRepr(s) : codePointStrRepr(s);
});

defMethod(StrType, "__rmod__", (self, args, kwnames) => {
  wrapperArgs("__rmod__", args, kwnames, 1);
  const other = asStr(args[0]);
  if (other === undefined) return NotImplemented;
  return strPercentFormat(other, self);
});

defMethod(StrType, "__rmul__", (self, args, kwnames) => {
  wrapperArgs("__rmul__", args, kwnames, 1);
  const n = args[0];
  if (!isIndexLike(n)) throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  return repeat(S(self), n);
});

defMethod(StrType, "__sizeof__", (self, args, kwnames) => {
  posArgs("__sizeof__", args, kwnames, 0, 0);
  const s = S(self);
  const cps = readCodePoints(s);
  let max = 0;
  for (const c of cps) if (c > max) max = c;
  const n = cps.length;
  if (max < 0x80) return 40 + n + 1;
  if (max < 0x100) return 56 + n + 1;
  if (max < 0x10000) return 56 + 2 * (n + 1);
  return 56 + 4 * (n + 1);
});

defMethod(StrType, "__str__", (self, args, kwnames) => {
  wrapperArgs("__str__", args, kwnames, 0);
  return S(self);
});

// ---------------------------------------------------------------------------------------------------
// Public methods

noArgMethod("capitalize", (s) => {
  const cps = readCodePoints(s);
  if (cps.length === 0) return s;
  const parts = new Array<string>(cps.length);
  parts[0] = titleFull(cps[0]!);
  for (let i = 1; i < cps.length; i++) parts[i] = lowerAt(cps, i);
  return typeof s === "string" ? parts.join("") : concatStr(parts);
});

noArgMethod("casefold", (s) => {
  if (typeof s === "string" && isAsciiJs(s)) return s.toLowerCase();
  return mapCodePoints(s, (cps, i) => foldFull(cps[i]!));
});

defMethod(StrType, "center", (self, args, kwnames) => {
  const [width, fill] = fillArg("center", args, kwnames);
  const s = S(self);
  const n = strLength(s);
  if (n >= width) return s;
  const marg = width - n;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return pad(s, left, marg - left, fill);
});

defMethod(StrType, "count", (self, args, kwnames) => {
  const [sub, start, end] = searchArgs("count", args, kwnames);
  return strCount(S(self), sub, start, end);
});

defMethod(StrType, "encode", (self, args, kwnames) => {
  const [encoding, errors] = parseArgs("encode", args, kwnames, ["encoding", "errors"], 0);
  const enc = encoding === undefined ? "utf-8" : strText(mustBeStr(encoding, "encode() argument 'encoding'"));
  const err = errors === undefined ? "strict" : strText(mustBeStr(errors, "encode() argument 'errors'"));
  return new PyBytes(encodeStr(S(self), enc, err));
});
defTailMatch("endswith", 1);

defMethod(StrType, "expandtabs", (self, args, kwnames) => {
  const [t] = parseArgs("expandtabs", args, kwnames, ["tabsize"], 0);
  let tabsize = 8;
  if (t !== undefined) {
    const v = index(t);
    if (typeof v !== "number" || v > 0x7fffffff || v < -0x80000000) {
      throw newException(OverflowError, "Python int too large to convert to C int");
    }
    tabsize = v;
  }
  const s = S(self);
  if (typeof s === "string" && !s.includes("\t")) return s;
  const cps = readCodePoints(s);
  const out: number[] = [];
  let col = 0;
  for (const c of cps) {
    if (c === 9) {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        for (let k = 0; k < incr; k++) out.push(32);
      }
    } else {
      col++;
      out.push(c);
      if (c === 10 || c === 13) col = 0;
    }
  }
  return fromCps(out);
});

defMethod(StrType, "find", (self, args, kwnames) => {
  const [sub, start, end] = searchArgs("find", args, kwnames);
  return strFind(S(self), sub, start, end, 1);
});

defMethod(StrType, "format", (self, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  let kwargs: PyDict | null = null;
  if (nkw > 0) {
    kwargs = new PyDict();
    for (let i = 0; i < nkw; i++) kwargs.setItem(kwnames![i]!, args[npos + i]);
  }
  return formatString(S(self), args.slice(0, npos), kwargs);
});

defMethod(StrType, "format_map", (self, args, kwnames) => {
  checkArity("str.format_map", args, kwnames, 1, 1);
  return formatMap(S(self), args[0]);
});

defMethod(StrType, "index", (self, args, kwnames) => {
  const [sub, start, end] = searchArgs("index", args, kwnames);
  const r = strFind(S(self), sub, start, end, 1);
  if (r < 0) throw valueError("substring not found");
  return r;
});

noArgMethod("isalnum", (s) => allHave(s, CT_ALPHA | CT_DECIMAL | CT_DIGIT | CT_NUMERIC));
noArgMethod("isalpha", (s) => allHave(s, CT_ALPHA));
noArgMethod("isascii", (s) => {
  if (typeof s === "string") return isAsciiJs(s);
  return s.codePoints.every((c) => c < 0x80);
});
noArgMethod("isdecimal", (s) => allHave(s, CT_DECIMAL));
noArgMethod("isdigit", (s) => allHave(s, CT_DIGIT));
noArgMethod("isidentifier", strIsIdentifier);

noArgMethod("islower", (s) => {
  const cps = readCodePoints(s);
  if (cps.length === 1) return (charProps(cps[0]!) & CT_LOWER) !== 0;
  let cased = false;
  for (const c of cps) {
    const p = charProps(c);
    if (p & (CT_UPPER | CT_TITLE)) return false;
    if (!cased && p & CT_LOWER) cased = true;
  }
  return cased;
});
noArgMethod("isnumeric", (s) => allHave(s, CT_NUMERIC));
noArgMethod("isprintable", (s) => {
  const cps = readCodePoints(s);
  return cps.every((c) => (c >= 0x20 && c < 0x7f) || (c >= 0x80 && (charProps(c) & CT_PRINTABLE) !== 0));
});
noArgMethod("isspace", (s) => {
  const cps = readCodePoints(s);
  return cps.length > 0 && cps.every(isSpaceCodePoint);
});

noArgMethod("istitle", (s) => {
  const cps = readCodePoints(s);
  if (cps.length === 1) return (charProps(cps[0]!) & (CT_TITLE | CT_UPPER)) !== 0;
  let cased = false;
  let prevCased = false;
  for (const c of cps) {
    const p = charProps(c);
    if (p & (CT_UPPER | CT_TITLE)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (p & CT_LOWER) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
});

noArgMethod("isupper", (s) => {
  const cps = readCodePoints(s);
  if (cps.length === 1) return (charProps(cps[0]!) & CT_UPPER) !== 0;
  let cased = false;
  for (const c of cps) {
    const p = charProps(c);
    if (p & (CT_LOWER | CT_TITLE)) return false;
    if (!cased && p & CT_UPPER) cased = true;
  }
  return cased;
});

defMethod(StrType, "join", (self, args, kwnames) => {
  checkArity("str.join", args, kwnames, 1, 1);
  return strJoin(S(self), args[0]);
});

defMethod(StrType, "ljust", (self, args, kwnames) => {
  const [width, fill] = fillArg("ljust", args, kwnames);
  const s = S(self);
  const n = strLength(s);
  return n >= width ? s : pad(s, 0, width - n, fill);
});

noArgMethod("lower", strLower);
defMethod(StrType, "lstrip", (self, args, kwnames) =>
  strStrip(S(self), stripChars("lstrip", args, kwnames), true, false),
);

defStatic(StrType, "maketrans", (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError("maketrans() takes no keyword arguments");
  checkArity("maketrans", args, null, 1, 3);
  const d = new PyDict();
  if (args.length === 1) {
    const x = args[0];
    if (!(x instanceof PyDict)) throw typeError("if you give only one argument to maketrans it must be a dict");
    for (const [k, v] of x.entries()) {
      const ks = asStr(k);
      if (ks !== undefined) {
        const cps = readCodePoints(ks);
        if (cps.length !== 1) throw valueError("string keys in translate table must be of length 1");
        d.setItem(cps[0]!, v);
      } else if (typeof k === "number" || typeof k === "bigint" || typeof k === "boolean") {
        d.setItem(typeof k === "boolean" ? Number(k) : k, v);
      } else throw typeError("keys in translate table must be strings or integers");
    }
    return d;
  }
  const x = asStr(args[0]);
  if (x === undefined) throw typeError("first maketrans argument must be a string if there is a second argument");
  const y = mustBeStr(args[1], "maketrans() argument 2");
  const xs = readCodePoints(x);
  const ys = readCodePoints(y);
  if (xs.length !== ys.length) throw valueError("the first two maketrans arguments must have equal length");
  let zs: readonly number[] = [];
  if (args.length === 3) zs = readCodePoints(mustBeStr(args[2], "maketrans() argument 3"));
  for (let i = 0; i < xs.length; i++) d.setItem(xs[i]!, ys[i]!);
  for (const c of zs) d.setItem(c, None);
  return d;
});

defMethod(StrType, "partition", (self, args, kwnames) => {
  const sep = partitionArg("partition", args, kwnames);
  const s = S(self);
  if (flat2(s, sep)) {
    const a = s as string;
    const i = a.indexOf(sep as string);
    if (i < 0) return new PyTuple([s, "", ""]);
    return new PyTuple([a.slice(0, i), sep, a.slice(i + (sep as string).length)]);
  }
  const h = readCodePoints(s);
  const n = readCodePoints(sep);
  const i = cpFind(h, n, 0, h.length);
  if (i < 0) return new PyTuple([s, "", ""]);
  return new PyTuple([cpSlice(h, 0, i), sep, cpSlice(h, i + n.length, h.length)]);
});
defRemoveAffix("removeprefix", false);
defRemoveAffix("removesuffix", true);

defMethod(StrType, "replace", (self, args, kwnames) => {
  const [oldObj, newObj, countObj] = parseArgs("replace", args, kwnames, ["old", "new", "count"], 2, 2);
  const count = countObj === undefined ? -1 : ssizeArg(countObj);
  const oldS = mustBeStr(oldObj, "replace() argument 1");
  const newS = mustBeStr(newObj, "replace() argument 2");
  return strReplace(S(self), oldS, newS, count);
});

defMethod(StrType, "rfind", (self, args, kwnames) => {
  const [sub, start, end] = searchArgs("rfind", args, kwnames);
  return strFind(S(self), sub, start, end, -1);
});

defMethod(StrType, "rindex", (self, args, kwnames) => {
  const [sub, start, end] = searchArgs("rindex", args, kwnames);
  const r = strFind(S(self), sub, start, end, -1);
  if (r < 0) throw valueError("substring not found");
  return r;
});

defMethod(StrType, "rjust", (self, args, kwnames) => {
  const [width, fill] = fillArg("rjust", args, kwnames);
  const s = S(self);
  const n = strLength(s);
  return n >= width ? s : pad(s, width - n, 0, fill);
});

defMethod(StrType, "rpartition", (self, args, kwnames) => {
  const sep = partitionArg("rpartition", args, kwnames);
  const s = S(self);
  if (flat2(s, sep)) {
    const a = s as string;
    const i = a.lastIndexOf(sep as string);
    if (i < 0) return new PyTuple(["", "", s]);
    return new PyTuple([a.slice(0, i), sep, a.slice(i + (sep as string).length)]);
  }
  const h = readCodePoints(s);
  const n = readCodePoints(sep);
  const i = cpRFind(h, n, 0, h.length);
  if (i < 0) return new PyTuple(["", "", s]);
  return new PyTuple([cpSlice(h, 0, i), sep, cpSlice(h, i + n.length, h.length)]);
});

defMethod(StrType, "rsplit", (self, args, kwnames) => {
  const [sep, max] = splitArgs("rsplit", args, kwnames);
  return new PyList(strRSplit(S(self), sep, max));
});
defMethod(StrType, "rstrip", (self, args, kwnames) =>
  strStrip(S(self), stripChars("rstrip", args, kwnames), false, true),
);

defMethod(StrType, "split", (self, args, kwnames) => {
  const [sep, max] = splitArgs("split", args, kwnames);
  return new PyList(strSplit(S(self), sep, max));
});

defMethod(StrType, "splitlines", (self, args, kwnames) => {
  const [keepends] = parseArgs("splitlines", args, kwnames, ["keepends"], 0);
  return new PyList(strSplitLines(S(self), keepends !== undefined && isTrue(keepends)));
});
defTailMatch("startswith", -1);

defMethod(StrType, "strip", (self, args, kwnames) => strStrip(S(self), stripChars("strip", args, kwnames), true, true));

noArgMethod("swapcase", (s) =>
  mapCodePoints(s, (cps, i) => {
    const c = cps[i]!;
    const p = charProps(c);
    if (p & CT_UPPER) return lowerAt(cps, i);
    if (p & CT_LOWER) return upperFull(c);
    return String.fromCodePoint(c);
  }),
);

noArgMethod("title", (s) => {
  const cps = readCodePoints(s);
  const parts = new Array<string>(cps.length);
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    parts[i] = prevCased ? lowerAt(cps, i) : titleFull(c);
    prevCased = (charProps(c) & CT_CASED) !== 0;
  }
  return typeof s === "string" ? parts.join("") : concatStr(parts);
});

defMethod(StrType, "translate", (self, args, kwnames) => {
  checkArity("str.translate", args, kwnames, 1, 1);
  return strTranslate(S(self), args[0]);
});
noArgMethod("upper", strUpper);

defMethod(StrType, "zfill", (self, args, kwnames) => {
  checkArity("str.zfill", args, kwnames, 1, 1);
  const width = ssizeArg(args[0]);
  const s = S(self);
  const n = strLength(s);
  if (n >= width) return s;
  const fill = width - n;
  const cps = readCodePoints(s);
  if (cps.length > 0 && (cps[0] === 43 || cps[0] === 45)) {
    return concat2(String.fromCharCode(cps[0]!) + "0".repeat(fill), cpSlice(cps, 1, cps.length));
  }
  return concat2("0".repeat(fill), s);
});
