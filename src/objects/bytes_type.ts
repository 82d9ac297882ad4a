// The natives of `bytes` (CPython's Objects/bytesobject.c) and the methods bytes shares with bytearray
// (Objects/bytes_methods.c, Objects/stringlib/): `defineBytesMethods` attaches them to a type given how
// that type builds its results, so src/objects/bytearray.ts reuses every one of them.
//
// Methods read their receiver and bytes-like arguments through the buffer protocol (`getBuffer`), so
// they work alike for bytes, bytearray and memoryview arguments.

import {
  call,
  callDescriptor,
  len,
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
  typeName,
} from "../vm/abstract.js";
import { checkArity, parseArgs } from "./args.js";
import {
  auxType,
  ByteArrayType,
  BytesType,
  defClassMethod,
  defMethod,
  defStatic,
  None,
  NotImplemented,
  typeOf,
} from "./builtin_types.js";
import { bytesRepr, PyBytes } from "./bytes.js";
import { decodeBytes, encodeStr, getBuffer } from "./codecs.js";
import {
  IndexError,
  newException,
  OverflowError,
  PyBaseException,
  stopIteration,
  TypeError,
  typeError,
  valueError,
} from "./exceptions.js";
import { bytesHash } from "./hash.js";
import type { Int } from "./int.js";
import { PyList } from "./list.js";
import type { PyObject } from "./object.js";
import { PySlice, sliceIndices } from "./slice.js";
import { asStr, codePointsOf, isStr, type Str } from "./str.js";
import { bytesFormatHooks, bytesPercentFormat, bytesValueHook } from "./str_format.js";
import { argTypeName, newTypeArg, otherHandlesReflected } from "./str_type.js";
import { PyTuple } from "./tuple.js";
import type { PyType } from "./type.js";

/** An instance of a subclass of bytes: PyBytes with its own type and an instance __dict__. */
export class PyBytesSubclass extends PyBytes {
  dict: PyObject = null;
  constructor(data: Uint8Array, type: PyType) {
    super(data);
    Object.defineProperty(this, "type", { value: type, writable: true, enumerable: false });
  }
}

const MAX_SSIZE = Number.MAX_SAFE_INTEGER;

// ---------------------------------------------------------------------------------------------------
// Byte classes (Py_ISSPACE and friends: ASCII only)

export function isSpaceByte(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
function isLowerByte(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isUpperByte(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isAlphaByte(c: number): boolean {
  return isLowerByte(c) || isUpperByte(c);
}
function isDigitByte(c: number): boolean {
  return c >= 48 && c <= 57;
}
function toLowerByte(c: number): number {
  return isUpperByte(c) ? c + 32 : c;
}
function toUpperByte(c: number): number {
  return isLowerByte(c) ? c - 32 : c;
}

// ---------------------------------------------------------------------------------------------------
// Argument helpers

/** The bytes of a bytes-like argument, or CPython's "a bytes-like object is required" TypeError. */
export function bufferArg(o: PyObject): Uint8Array {
  const b = getBuffer(o);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeName(o)}'`);
  return b;
}

/** The needle of find/count/index/in: an int byte value or a bytes-like object. */
function needleArg(o: PyObject, forIn = false): Uint8Array {
  const b = getBuffer(o);
  if (b !== undefined) return b;
  const t = typeof o;
  if (t === "number" || t === "bigint" || t === "boolean" || typeOf(o).lookup("__index__") !== undefined) {
    const v = index(o);
    if (typeof v !== "number" || v < 0 || v > 255) throw valueError("byte must be in range(0, 256)");
    return Uint8Array.of(v);
  }
  if (forIn) throw typeError(`a bytes-like object is required, not '${typeName(o)}'`);
  throw typeError(`argument should be integer or bytes-like object, not '${typeName(o)}'`);
}

function ssizeArg(o: PyObject): number {
  const i = index(o);
  if (typeof i === "number") return i;
  throw newException(OverflowError, "Python int too large to convert to C ssize_t");
}

function sliceBound(o: PyObject, dflt: number): number {
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

function adjustIndices(start: number, end: number, len: number): [number, number] {
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

// ---------------------------------------------------------------------------------------------------
// Byte-string algorithms

/** First index >= from where `needle` occurs in hay[..end]; -1 if none. */
export function bytesFind(hay: Uint8Array, needle: Uint8Array, from: number, end: number): number {
  const m = needle.length;
  if (m === 0) return from <= end ? from : -1;
  const first = needle[0]!;
  const last = end - m;
  outer: for (let i = from; i <= last; i++) {
    if (hay[i] !== first) continue;
    for (let k = 1; k < m; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** Last index of `needle` in hay[start:end]; -1 if none. */
export function bytesRFind(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  const m = needle.length;
  outer: for (let i = end - m; i >= start; i--) {
    for (let k = 0; k < m; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

function findIn(h: Uint8Array, n: Uint8Array, start: number, end: number, dir: number): number {
  const [st, en] = adjustIndices(start, end, h.length);
  if (en - st < n.length) return -1;
  return dir > 0 ? bytesFind(h, n, st, en) : bytesRFind(h, n, st, en);
}

function countIn(h: Uint8Array, n: Uint8Array, start: number, end: number): number {
  const [st, en] = adjustIndices(start, end, h.length);
  if (en - st < n.length) return 0;
  if (n.length === 0) return en - st + 1;
  let count = 0;
  for (let i = bytesFind(h, n, st, en); i >= 0; i = bytesFind(h, n, i + n.length, en)) count++;
  return count;
}

function tailMatch(h: Uint8Array, n: Uint8Array, start: number, end: number, dir: number): boolean {
  let [st, en] = adjustIndices(start, end, h.length);
  en -= n.length;
  if (en < st) return false;
  const at = dir > 0 ? en : st;
  for (let k = 0; k < n.length; k++) if (h[at + k] !== n[k]) return false;
  return true;
}

export function bytesCompare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function repeatBytes(d: Uint8Array, n: number): Uint8Array {
  if (n <= 0 || d.length === 0) return new Uint8Array(0);
  if (d.length * n > 0x7fffffff) throw newException(OverflowError, "repeated bytes are too long");
  const out = new Uint8Array(d.length * n);
  for (let i = 0; i < n; i++) out.set(d, i * d.length);
  return out;
}

function replaceBytes(h: Uint8Array, o: Uint8Array, nw: Uint8Array, count: number): Uint8Array {
  const max = count < 0 ? MAX_SSIZE : count;
  if (max === 0) return h.slice();
  const parts: Uint8Array[] = [];
  let k = 0;
  if (o.length === 0) {
    for (let i = 0; i <= h.length; i++) {
      if (k < max) {
        parts.push(nw);
        k++;
      }
      if (i < h.length) parts.push(h.subarray(i, i + 1));
    }
    return concatBytes(parts);
  }
  let pos = 0;
  for (let i = bytesFind(h, o, 0, h.length); i >= 0 && k < max; i = bytesFind(h, o, pos, h.length)) {
    parts.push(h.subarray(pos, i), nw);
    pos = i + o.length;
    k++;
  }
  parts.push(h.subarray(pos));
  return concatBytes(parts);
}

function splitBytes(h: Uint8Array, sep: Uint8Array | null, max: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  const n = h.length;
  if (sep === null) {
    let i = 0;
    let count = max;
    while (count-- > 0) {
      while (i < n && isSpaceByte(h[i]!)) i++;
      if (i === n) break;
      const j = i;
      i++;
      while (i < n && !isSpaceByte(h[i]!)) i++;
      out.push(h.slice(j, i));
    }
    if (i < n) {
      while (i < n && isSpaceByte(h[i]!)) i++;
      if (i !== n) out.push(h.slice(i));
    }
    return out;
  }
  let i = 0;
  let count = max;
  while (count-- > 0) {
    const pos = bytesFind(h, sep, i, n);
    if (pos < 0) break;
    out.push(h.slice(i, pos));
    i = pos + sep.length;
  }
  out.push(h.slice(i));
  return out;
}

function rsplitBytes(h: Uint8Array, sep: Uint8Array | null, max: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  const n = h.length;
  if (sep === null) {
    let i = n - 1;
    let count = max;
    while (count-- > 0) {
      while (i >= 0 && isSpaceByte(h[i]!)) i--;
      if (i < 0) break;
      const j = i;
      i--;
      while (i >= 0 && !isSpaceByte(h[i]!)) i--;
      out.push(h.slice(i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && isSpaceByte(h[i]!)) i--;
      if (i >= 0) out.push(h.slice(0, i + 1));
    }
    return out.reverse();
  }
  let j = n;
  let count = max;
  while (count-- > 0) {
    const pos = bytesRFind(h, sep, 0, j);
    if (pos < 0) break;
    out.push(h.slice(pos + sep.length, j));
    j = pos;
  }
  out.push(h.slice(0, j));
  return out.reverse();
}

const HEX = "0123456789abcdef";

/** bytes.hex(sep, bytes_per_sep) (CPython's _Py_strhex_impl). */
export function hexOf(d: Uint8Array, sep: string | null, perSep: number): string {
  if (sep === null || d.length === 0 || perSep === 0) {
    let s = "";
    for (const b of d) s += HEX[b >> 4]! + HEX[b & 15]!;
    return s;
  }
  const group = Math.abs(perSep);
  const parts: string[] = [];
  const n = d.length;
  // groups are counted from the right for a positive bytes_per_sep, from the left otherwise
  let first = perSep > 0 ? n % group || group : group;
  for (let i = 0; i < n; ) {
    const end = Math.min(n, i + first);
    let s = "";
    for (let k = i; k < end; k++) s += HEX[d[k]! >> 4]! + HEX[d[k]! & 15]!;
    parts.push(s);
    i = end;
    first = group;
  }
  return parts.join(sep);
}

function hexSepArgs(args: PyObject[], kwnames: string[] | null): [string | null, number] {
  const [sepObj, perObj] = parseArgs("hex", args, kwnames, ["sep", "bytes_per_sep"], 0);
  let per = 1;
  if (perObj !== undefined) {
    const v = index(perObj);
    if (typeof v !== "number" || v > 0x7fffffff || v < -0x80000000) {
      throw newException(OverflowError, "Python int too large to convert to C int");
    }
    per = v;
  }
  if (sepObj === undefined) return [null, per];
  if (len(sepObj) !== 1) throw valueError("sep must be length 1.");
  let c: number;
  const s = asStr(sepObj);
  if (s !== undefined) c = codePointsOf(s)[0]!;
  else if (sepObj instanceof PyBytes) c = sepObj.data[0]!;
  else throw typeError("sep must be str or bytes.");
  if (c > 0x7f) throw valueError("sep must be ASCII.");
  const sep = String.fromCharCode(c);
  return [sep, per];
}

/** bytes.fromhex(string) as raw bytes. */
export function fromHex(s: Str): Uint8Array {
  const cps = codePointsOf(s);
  const out: number[] = [];
  const n = cps.length;
  const digit = (c: number | undefined) => {
    if (c === undefined) return 99;
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 97 && c <= 102) return c - 87;
    if (c >= 65 && c <= 70) return c - 55;
    return 99;
  };
  for (let i = 0; i < n; ) {
    if (isSpaceByte(cps[i]!)) {
      while (i < n && isSpaceByte(cps[i]!)) i++;
      if (i >= n) break;
    }
    const top = digit(cps[i]);
    if (top >= 16) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    i++;
    const bot = digit(cps[i]);
    if (bot >= 16) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    i++;
    out.push((top << 4) | bot);
  }
  return Uint8Array.from(out);
}

/** The ints of an iterable for bytes(iterable) / bytearray(iterable) / extend. */
export function bytesFromIterable(o: PyObject, rangeMsg: string): Uint8Array {
  const items: number[] = [];
  const push = (x: PyObject) => {
    const v = index(x);
    if (typeof v !== "number" || v < 0 || v > 255) throw valueError(rangeMsg);
    items.push(v);
  };
  if (o instanceof PyList || o instanceof PyTuple) for (const x of o.items) push(x);
  else {
    const it = getIter(o);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) push(x);
  }
  return Uint8Array.from(items);
}

/** bytes(x) for x without encoding (bytes_new without encoding; PyBytes_FromObject). */
export function bytesFromObject(x: PyObject): Uint8Array {
  const t = typeOf(x);
  const fb = t.lookup("__bytes__");
  if (fb !== undefined) {
    const r = callDescriptor(fb, x, []);
    if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
    return r.data;
  }
  if (isStr(x)) throw typeError("string argument without an encoding");
  const tx = typeof x;
  if (tx === "number" || tx === "bigint" || tx === "boolean" || t.lookup("__index__") !== undefined) {
    let size: Int | undefined;
    try {
      size = index(x);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.type.isSubtype(TypeError))) throw e;
    }
    if (size !== undefined) {
      if (typeof size !== "number") throw newException(OverflowError, "cannot fit 'int' into an index-sized integer");
      if (size < 0) throw valueError("negative count");
      return new Uint8Array(size);
    }
  }
  const b = getBuffer(x);
  if (b !== undefined) return b.slice();
  if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
    throw typeError(`cannot convert '${t.name}' object to bytes`);
  }
  return bytesFromIterable(x, "bytes must be in range(0, 256)");
}

bytesFormatHooks.bytesOf = (o) => {
  const fb = typeOf(o).lookup("__bytes__");
  if (fb === undefined) return undefined;
  const r = callDescriptor(fb, o, []);
  if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
  return r.data;
};
bytesValueHook.make = (data) => new PyBytes(data);

// ---------------------------------------------------------------------------------------------------
// Methods shared by bytes and bytearray

/** How a bytes-like type builds and names its results. */
export interface BytesKind {
  type: PyType;
  /** "bytes" or "bytearray", for messages */
  name: string;
  make(data: Uint8Array): PyObject;
}

function dataOf(self: PyObject): Uint8Array {
  const d = getBuffer(self);
  if (d === undefined) throw typeError(`descriptor requires a bytes-like object but received a '${typeName(self)}'`);
  return d;
}

/** Attaches to `K.type` every method bytes and bytearray have in common. */
export function defineBytesMethods(K: BytesKind): void {
  const T = K.type;
  const tn = K.name;

  const posArgs = (fname: string, args: PyObject[], kwnames: string[] | null, min: number, max: number) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError(`${tn}.${fname}() takes no keyword arguments`);
    if (min === max) checkArity(`${tn}.${fname}`, args, null, min, max);
    else checkArity(fname, args, null, min, max);
  };
  const wrapperArgs = (name: string, args: PyObject[], kwnames: string[] | null, n: number) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError(`wrapper ${name}() takes no keyword arguments`);
    if (args.length !== n) {
      const lead = name === "__mul__" || name === "__rmul__" ? " " : "";
      throw typeError(`${lead}expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
    }
  };
  const noArg = (name: string, f: (d: Uint8Array, self: PyObject) => PyObject) => {
    defMethod(T, name, (self, args, kwnames) => {
      posArgs(name, args, kwnames, 0, 0);
      return f(dataOf(self), self);
    });
  };
  const mapBytes = (name: string, f: (c: number, i: number, d: Uint8Array) => number) =>
    noArg(name, (d) => {
      const out = new Uint8Array(d.length);
      for (let i = 0; i < d.length; i++) out[i] = f(d[i]!, i, d);
      return K.make(out);
    });

  const iterType = auxType(`${tn}_iterator`);
  defMethod(iterType, "__iter__", (self) => self);
  defMethod(iterType, "__next__", (self: PyBytesIterator) => {
    const v = self.nextValue();
    if (v === undefined) throw stopIteration();
    return v;
  });
  defMethod(iterType, "__length_hint__", (self: PyBytesIterator) => Math.max(0, dataOf(self.seq).length - self.pos));

  const isIndexLike = (o: PyObject) => {
    const t = typeof o;
    return t === "number" || t === "bigint" || t === "boolean" || typeOf(o).lookup("__index__") !== undefined;
  };

  const fillArg = (fname: string, args: PyObject[], kwnames: string[] | null): [number, number] => {
    posArgs(fname, args, kwnames, 1, 2);
    const width = ssizeArg(args[0]);
    let fill = 32;
    if (args.length > 1) {
      const f = args[1];
      const ft = typeOf(f);
      const d = ft.isSubtype(BytesType) || ft.isSubtype(ByteArrayType) ? getBuffer(f) : undefined;
      if (d === undefined || d.length !== 1) {
        throw typeError(`${fname}() argument 2 must be a byte string of length 1, not ${typeName(f)}`);
      }
      fill = d[0]!;
    }
    return [width, fill];
  };
  const padded = (d: Uint8Array, left: number, right: number, fill: number) => {
    const out = new Uint8Array(d.length + left + right).fill(fill);
    out.set(d, left);
    return K.make(out);
  };

  const searchArgs = (fname: string, args: PyObject[], kwnames: string[] | null): [Uint8Array, number, number] => {
    posArgs(fname, args, kwnames, 1, 3);
    const start = sliceBound(args[1], 0);
    const end = sliceBound(args[2], MAX_SSIZE);
    return [needleArg(args[0]), start, end];
  };

  const defTail = (name: string, dir: number) => {
    defMethod(T, name, (self, args, kwnames) => {
      posArgs(name, args, kwnames, 1, 3);
      const start = sliceBound(args[1], 0);
      const end = sliceBound(args[2], MAX_SSIZE);
      const d = dataOf(self);
      const x = args[0];
      if (x instanceof PyTuple) {
        for (const item of x.items) if (tailMatch(d, bufferArg(item), start, end, dir)) return true;
        return false;
      }
      const b = getBuffer(x);
      if (b === undefined) throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(x)}`);
      return tailMatch(d, b, start, end, dir);
    });
  };

  const allBytes = (name: string, pred: (c: number) => boolean, emptyResult = false) =>
    noArg(name, (d) => {
      if (d.length === 0) return emptyResult;
      for (const c of d) if (!pred(c)) return false;
      return true;
    });

  const stripArg = (fname: string, args: PyObject[], kwnames: string[] | null): Uint8Array | null => {
    posArgs(fname, args, kwnames, 0, 1);
    const c = args[0];
    if (c === undefined || c === None) return null;
    return bufferArg(c);
  };
  const strip = (d: Uint8Array, chars: Uint8Array | null, left: boolean, right: boolean) => {
    const inSet = chars === null ? isSpaceByte : (c: number) => chars.includes(c);
    let i = 0;
    let j = d.length;
    if (left) while (i < j && inSet(d[i]!)) i++;
    if (right) while (j > i && inSet(d[j - 1]!)) j--;
    return K.make(d.slice(i, j));
  };

  const sepArg = (fname: string, args: PyObject[], kwnames: string[] | null): Uint8Array => {
    checkArity(`${tn}.${fname}`, args, kwnames, 1, 1);
    const sep = bufferArg(args[0]);
    if (sep.length === 0) throw valueError("empty separator");
    return sep;
  };
  // bytes.partition returns the separator object it was given; bytearray.partition a bytearray copy
  const sepResult = (arg: PyObject, sep: Uint8Array) => (tn === "bytes" ? arg : K.make(sep));

  const defAffix = (name: string, suffix: boolean) => {
    defMethod(T, name, (self, args, kwnames) => {
      checkArity(`${tn}.${name}`, args, kwnames, 1, 1);
      const a = bufferArg(args[0]);
      const d = dataOf(self);
      if (a.length === 0 || !tailMatch(d, a, 0, d.length, suffix ? 1 : -1)) return K.make(d.slice());
      return K.make(suffix ? d.slice(0, d.length - a.length) : d.slice(a.length));
    });
  };

  const splitArgs = (fname: string, args: PyObject[], kwnames: string[] | null): [Uint8Array | null, number] => {
    const [sepObj, maxObj] = parseArgs(fname, args, kwnames, ["sep", "maxsplit"], 0);
    let max = maxObj === undefined ? -1 : ssizeArg(maxObj);
    if (max < 0) max = MAX_SSIZE;
    if (sepObj === undefined || sepObj === None) return [null, max];
    const sep = bufferArg(sepObj);
    if (sep.length === 0) throw valueError("empty separator");
    return [sep.slice(), max];
  };

  // Special methods

  defMethod(T, "__add__", (self, args, kwnames) => {
    wrapperArgs("__add__", args, kwnames, 1);
    const b = getBuffer(args[0]);
    if (b === undefined) {
      if (otherHandlesReflected(args[0], "__radd__")) return NotImplemented;
      throw typeError(`can't concat ${typeName(args[0])} to ${typeName(self)}`);
    }
    return K.make(concatBytes([dataOf(self), b]));
  });

  defMethod(T, "__contains__", (self, args, kwnames) => {
    wrapperArgs("__contains__", args, kwnames, 1);
    const d = dataOf(self);
    return bytesFind(d, needleArg(args[0], true), 0, d.length) >= 0;
  });

  defMethod(T, "__getitem__", (self, args, kwnames) => {
    wrapperArgs("__getitem__", args, kwnames, 1);
    const d = dataOf(self);
    const k = args[0];
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, d.length);
      if (step === 1) return K.make(d.slice(start, start + n));
      const out = new Uint8Array(n);
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = d[j]!;
      return K.make(out);
    }
    const tk = typeof k;
    if (tk !== "number" && tk !== "bigint" && tk !== "boolean" && typeOf(k).lookup("__index__") === undefined) {
      throw typeError(
        tn === "bytes"
          ? `byte indices must be integers or slices, not ${typeName(k)}`
          : `bytearray indices must be integers or slices, not ${typeName(k)}`,
      );
    }
    const v = index(k);
    if (typeof v !== "number") throw newException(IndexError, "cannot fit 'int' into an index-sized integer");
    const i = v < 0 ? v + d.length : v;
    if (i < 0 || i >= d.length) {
      throw newException(IndexError, tn === "bytes" ? "index out of range" : "bytearray index out of range");
    }
    return d[i]!;
  });
  defMethod(T, "__iter__", (self, args, kwnames) => {
    wrapperArgs("__iter__", args, kwnames, 0);
    return new PyBytesIterator(self, iterType);
  });

  defMethod(T, "__len__", (self, args, kwnames) => {
    wrapperArgs("__len__", args, kwnames, 0);
    return dataOf(self).length;
  });

  defMethod(T, "__mod__", (self, args, kwnames) => {
    wrapperArgs("__mod__", args, kwnames, 1);
    return K.make(bytesPercentFormat(dataOf(self), args[0]));
  });
  defMethod(T, "__mul__", (self, args, kwnames) => {
    wrapperArgs("__mul__", args, kwnames, 1);
    const n = args[0];
    if (!isIndexLike(n)) {
      if (otherHandlesReflected(n, "__rmul__")) return NotImplemented;
      throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
    }
    return K.make(repeatBytes(dataOf(self), ssizeArg(n)));
  });
  defMethod(T, "__rmod__", () => NotImplemented);
  defMethod(T, "__rmul__", (self, args, kwnames) => {
    wrapperArgs("__rmul__", args, kwnames, 1);
    const n = args[0];
    if (!isIndexLike(n)) throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
    return K.make(repeatBytes(dataOf(self), ssizeArg(n)));
  });

  // Public methods

  mapBytes("capitalize", (c, i) => (i === 0 ? toUpperByte(c) : toLowerByte(c)));
  defMethod(T, "center", (self, args, kwnames) => {
    const [width, fill] = fillArg("center", args, kwnames);
    const d = dataOf(self);
    if (d.length >= width) return K.make(d.slice());
    const marg = width - d.length;
    const left = Math.floor(marg / 2) + (marg & width & 1);
    return padded(d, left, marg - left, fill);
  });
  defMethod(T, "count", (self, args, kwnames) => {
    const [n, start, end] = searchArgs("count", args, kwnames);
    return countIn(dataOf(self), n, start, end);
  });

  defMethod(T, "decode", (self, args, kwnames) => {
    const [encoding, errors] = parseArgs("decode", args, kwnames, ["encoding", "errors"], 0);
    const enc = encoding === undefined ? "utf-8" : textArg(encoding, "decode() argument 'encoding'");
    const err = errors === undefined ? "strict" : textArg(errors, "decode() argument 'errors'");
    return decodeBytes(dataOf(self), enc, err);
  });
  defTail("endswith", 1);

  defMethod(T, "expandtabs", (self, args, kwnames) => {
    const [t] = parseArgs("expandtabs", args, kwnames, ["tabsize"], 0);
    let tabsize = 8;
    if (t !== undefined) {
      const v = index(t);
      if (typeof v !== "number" || v > 0x7fffffff || v < -0x80000000) {
        throw newException(OverflowError, "Python int too large to convert to C int");
      }
      tabsize = v;
    }
    const out: number[] = [];
    let col = 0;
    for (const c of dataOf(self)) {
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
    return K.make(Uint8Array.from(out));
  });
  defMethod(T, "find", (self, args, kwnames) => {
    const [n, start, end] = searchArgs("find", args, kwnames);
    return findIn(dataOf(self), n, start, end, 1);
  });

  defClassMethod(T, "fromhex", (cls: PyType, args, kwnames) => {
    checkArity(`${tn}.fromhex`, args, kwnames, 1, 1);
    const s = asStr(args[0]);
    if (s === undefined) throw typeError(`fromhex() argument must be str, not ${argTypeName(args[0])}`);
    const data = fromHex(s);
    const r = K.make(data);
    if (cls === T) return r;
    return call(cls, [r]);
  });

  defMethod(T, "hex", (self, args, kwnames) => {
    const [sep, per] = hexSepArgs(args, kwnames);
    return hexOf(dataOf(self), sep, per);
  });
  defMethod(T, "index", (self, args, kwnames) => {
    const [n, start, end] = searchArgs("index", args, kwnames);
    const r = findIn(dataOf(self), n, start, end, 1);
    if (r < 0) throw valueError("subsection not found");
    return r;
  });
  allBytes("isalnum", (c) => isAlphaByte(c) || isDigitByte(c));
  allBytes("isalpha", isAlphaByte);
  allBytes("isascii", (c) => c < 0x80, true);
  allBytes("isdigit", isDigitByte);
  noArg("islower", (d) => {
    let cased = false;
    for (const c of d) {
      if (isUpperByte(c)) return false;
      if (isLowerByte(c)) cased = true;
    }
    return cased;
  });
  allBytes("isspace", isSpaceByte);
  noArg("istitle", (d) => {
    let cased = false;
    let prev = false;
    for (const c of d) {
      if (isUpperByte(c)) {
        if (prev) return false;
        prev = cased = true;
      } else if (isLowerByte(c)) {
        if (!prev) return false;
        prev = cased = true;
      } else prev = false;
    }
    return cased;
  });
  noArg("isupper", (d) => {
    let cased = false;
    for (const c of d) {
      if (isLowerByte(c)) return false;
      if (isUpperByte(c)) cased = true;
    }
    return cased;
  });

  defMethod(T, "join", (self, args, kwnames) => {
    checkArity(`${tn}.join`, args, kwnames, 1, 1);
    const sep = dataOf(self).slice();
    const it0 = args[0];
    let items: PyObject[];
    if (it0 instanceof PyList || it0 instanceof PyTuple) items = it0.items;
    else {
      let it: PyObject;
      try {
        it = getIter(it0);
      } catch (e) {
        if (e instanceof PyBaseException && e.type.isSubtype(TypeError)) throw typeError("can only join an iterable");
        throw e;
      }
      items = [];
      for (let x = iterNext(it); x !== undefined; x = iterNext(it)) items.push(x);
    }
    const parts: Uint8Array[] = [];
    for (let i = 0; i < items.length; i++) {
      const b = getBuffer(items[i]);
      if (b === undefined) {
        throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(items[i])} found`);
      }
      if (i > 0) parts.push(sep);
      parts.push(b);
    }
    return K.make(concatBytes(parts));
  });
  defMethod(T, "ljust", (self, args, kwnames) => {
    const [width, fill] = fillArg("ljust", args, kwnames);
    const d = dataOf(self);
    return d.length >= width ? K.make(d.slice()) : padded(d, 0, width - d.length, fill);
  });

  mapBytes("lower", toLowerByte);
  defMethod(T, "lstrip", (self, args, kwnames) => strip(dataOf(self), stripArg("lstrip", args, kwnames), true, false));

  defStatic(T, "maketrans", (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError("maketrans() takes no keyword arguments");
    checkArity("maketrans", args, null, 2, 2);
    const frm = bufferArg(args[0]);
    const to = bufferArg(args[1]);
    if (frm.length !== to.length) throw valueError("maketrans arguments must have same length");
    const table = new Uint8Array(256);
    for (let i = 0; i < 256; i++) table[i] = i;
    for (let i = 0; i < frm.length; i++) table[frm[i]!] = to[i]!;
    return new PyBytes(table);
  });
  defMethod(T, "partition", (self, args, kwnames) => {
    const sep = sepArg("partition", args, kwnames).slice();
    const d = dataOf(self);
    const i = bytesFind(d, sep, 0, d.length);
    if (i < 0) return new PyTuple([K.make(d.slice()), K.make(new Uint8Array(0)), K.make(new Uint8Array(0))]);
    return new PyTuple([K.make(d.slice(0, i)), sepResult(args[0], sep), K.make(d.slice(i + sep.length))]);
  });
  defAffix("removeprefix", false);
  defAffix("removesuffix", true);

  defMethod(T, "replace", (self, args, kwnames) => {
    posArgs("replace", args, kwnames, 2, 3);
    const o = bufferArg(args[0]);
    const nw = bufferArg(args[1]);
    const count = args.length > 2 ? ssizeArg(args[2]) : -1;
    return K.make(replaceBytes(dataOf(self), o, nw, count));
  });
  defMethod(T, "rfind", (self, args, kwnames) => {
    const [n, start, end] = searchArgs("rfind", args, kwnames);
    return findIn(dataOf(self), n, start, end, -1);
  });
  defMethod(T, "rindex", (self, args, kwnames) => {
    const [n, start, end] = searchArgs("rindex", args, kwnames);
    const r = findIn(dataOf(self), n, start, end, -1);
    if (r < 0) throw valueError("subsection not found");
    return r;
  });
  defMethod(T, "rjust", (self, args, kwnames) => {
    const [width, fill] = fillArg("rjust", args, kwnames);
    const d = dataOf(self);
    return d.length >= width ? K.make(d.slice()) : padded(d, width - d.length, 0, fill);
  });
  defMethod(T, "rpartition", (self, args, kwnames) => {
    const sep = sepArg("rpartition", args, kwnames).slice();
    const d = dataOf(self);
    const i = bytesRFind(d, sep, 0, d.length);
    if (i < 0) return new PyTuple([K.make(new Uint8Array(0)), K.make(new Uint8Array(0)), K.make(d.slice())]);
    return new PyTuple([K.make(d.slice(0, i)), sepResult(args[0], sep), K.make(d.slice(i + sep.length))]);
  });
  defMethod(T, "rsplit", (self, args, kwnames) => {
    const [sep, max] = splitArgs("rsplit", args, kwnames);
    return new PyList(rsplitBytes(dataOf(self), sep, max).map((b) => K.make(b)));
  });
  defMethod(T, "rstrip", (self, args, kwnames) => strip(dataOf(self), stripArg("rstrip", args, kwnames), false, true));
  defMethod(T, "split", (self, args, kwnames) => {
    const [sep, max] = splitArgs("split", args, kwnames);
    return new PyList(splitBytes(dataOf(self), sep, max).map((b) => K.make(b)));
  });

  defMethod(T, "splitlines", (self, args, kwnames) => {
    const [keepObj] = parseArgs("splitlines", args, kwnames, ["keepends"], 0);
    const keepends = keepObj !== undefined && isTrue(keepObj);
    const d = dataOf(self);
    const n = d.length;
    const out: PyObject[] = [];
    let i = 0;
    let j = 0;
    while (i < n) {
      while (i < n && d[i] !== 10 && d[i] !== 13) i++;
      let eol = i;
      if (i < n) {
        if (d[i] === 13 && i + 1 < n && d[i + 1] === 10) i += 2;
        else i++;
        if (keepends) eol = i;
      }
      out.push(K.make(d.slice(j, eol)));
      j = i;
    }
    return new PyList(out);
  });
  defTail("startswith", -1);
  defMethod(T, "strip", (self, args, kwnames) => strip(dataOf(self), stripArg("strip", args, kwnames), true, true));
  mapBytes("swapcase", (c) => (isUpperByte(c) ? c + 32 : isLowerByte(c) ? c - 32 : c));
  noArg("title", (d) => {
    const out = new Uint8Array(d.length);
    let prev = false;
    for (let i = 0; i < d.length; i++) {
      const c = d[i]!;
      if (isLowerByte(c)) out[i] = prev ? c : c - 32;
      else if (isUpperByte(c)) out[i] = prev ? c + 32 : c;
      else out[i] = c;
      prev = isAlphaByte(c);
    }
    return K.make(out);
  });

  defMethod(T, "translate", (self, args, kwnames) => {
    const [table, del] = parseArgs("translate", args, kwnames, ["table", "delete"], 1, 1);
    let map: Uint8Array | null = null;
    if (table !== None) {
      map = bufferArg(table);
      if (map.length !== 256) throw valueError("translation table must be 256 characters long");
    }
    const delSet = del === undefined ? null : bufferArg(del);
    const out: number[] = [];
    for (const c of dataOf(self)) {
      if (delSet?.includes(c)) continue;
      out.push(map === null ? c : map[c]!);
    }
    return K.make(Uint8Array.from(out));
  });
  mapBytes("upper", toUpperByte);

  defMethod(T, "zfill", (self, args, kwnames) => {
    checkArity(`${tn}.zfill`, args, kwnames, 1, 1);
    const width = ssizeArg(args[0]);
    const d = dataOf(self);
    if (d.length >= width) return K.make(d.slice());
    const fill = width - d.length;
    const out = new Uint8Array(width).fill(48);
    out.set(d, fill);
    if (d.length > 0 && (d[0] === 43 || d[0] === 45)) {
      out[0] = d[0]!;
      out[fill] = 48;
    }
    return K.make(out);
  });
}

function textArg(o: PyObject, what: string): string {
  const s = asStr(o);
  if (s === undefined) throw typeError(`${what} must be str, not ${argTypeName(o)}`);
  return typeof s === "string" ? s : String.fromCodePoint(...s.codePoints);
}

/** Iterator over the byte values of a bytes-like object. */
export class PyBytesIterator {
  pos = 0;
  constructor(
    public seq: PyObject,
    public type: PyType,
  ) {}
  nextValue(): PyObject {
    const d = dataOf(this.seq);
    if (this.pos >= d.length) return undefined;
    return d[this.pos++]!;
  }
}

// ---------------------------------------------------------------------------------------------------
// bytes

function makeBytes(data: Uint8Array): PyBytes {
  return new PyBytes(data);
}

defineBytesMethods({ type: BytesType, name: "bytes", make: makeBytes });

function bytesSelf(self: PyObject): Uint8Array {
  if (!(self instanceof PyBytes))
    throw typeError(`descriptor requires a 'bytes' object but received a '${typeName(self)}'`);
  return self.data;
}

function defBytesCompare(name: string, op: number): void {
  defMethod(BytesType, name, (self, args, kwnames) => {
    if (args.length !== 1 || (kwnames !== null && kwnames.length > 0)) {
      throw typeError(`expected 1 argument, got ${args.length}`);
    }
    const other = args[0];
    if (!(other instanceof PyBytes)) return NotImplemented;
    const c = bytesCompare(bytesSelf(self), other.data);
    switch (op) {
      case PY_LT:
        return c < 0;
      case PY_LE:
        return c <= 0;
      case PY_EQ:
        return c === 0;
      case PY_NE:
        return c !== 0;
      case PY_GT:
        return c > 0;
      default:
        return c >= 0;
    }
  });
}

// ---------------------------------------------------------------------------------------------------
// bytes: Construction

defStatic(BytesType, "__new__", (args, kwnames) => {
  const cls = newTypeArg(BytesType, args);
  const rest = args.slice(1);
  const [x, encoding, errors] = parseArgs("bytes", rest, kwnames, ["source", "encoding", "errors"], 0);
  if (encoding !== undefined && !isStr(encoding)) {
    throw typeError(`bytes() argument 'encoding' must be str, not ${argTypeName(encoding)}`);
  }
  if (errors !== undefined && !isStr(errors)) {
    throw typeError(`bytes() argument 'errors' must be str, not ${argTypeName(errors)}`);
  }
  let data: Uint8Array;
  if (x === undefined) {
    if (encoding !== undefined || errors !== undefined) {
      throw typeError(
        encoding !== undefined ? "encoding without a string argument" : "errors without a string argument",
      );
    }
    data = new Uint8Array(0);
  } else if (encoding !== undefined) {
    const s = asStr(x);
    if (s === undefined) throw typeError("encoding without a string argument");
    data = encodeStr(s, textArg(encoding, ""), errors === undefined ? "strict" : textArg(errors, ""));
  } else if (errors !== undefined) {
    throw typeError(isStr(x) ? "string argument without an encoding" : "errors without a string argument");
  } else if (x instanceof PyBytes && typeOf(x) === BytesType) {
    if (cls === BytesType) return x;
    data = x.data;
  } else data = bytesFromObject(x);
  if (cls === BytesType) return new PyBytes(data);
  return new PyBytesSubclass(data, cls);
});

// ---------------------------------------------------------------------------------------------------
// bytes: Special methods

defMethod(BytesType, "__bytes__", (self, args, kwnames) => {
  checkArity("bytes.__bytes__", args, kwnames, 0, 0);
  return typeOf(self) === BytesType ? self : new PyBytes(bytesSelf(self));
});
defBytesCompare("__eq__", PY_EQ);
defBytesCompare("__ge__", PY_GE);

defMethod(BytesType, "__getnewargs__", (self, args, kwnames) => {
  checkArity("bytes.__getnewargs__", args, kwnames, 0, 0);
  return new PyTuple([new PyBytes(bytesSelf(self))]);
});
defBytesCompare("__gt__", PY_GT);

defMethod(BytesType, "__hash__", (self) => bytesHash(bytesSelf(self)));
defBytesCompare("__le__", PY_LE);
defBytesCompare("__lt__", PY_LT);
defBytesCompare("__ne__", PY_NE);

defMethod(BytesType, "__repr__", (self) => bytesRepr(bytesSelf(self)));

defMethod(BytesType, "__sizeof__", (self, args, kwnames) => {
  checkArity("bytes.__sizeof__", args, kwnames, 0, 0);
  return 33 + bytesSelf(self).length;
});
defMethod(BytesType, "__str__", (self) => bytesRepr(bytesSelf(self)));
