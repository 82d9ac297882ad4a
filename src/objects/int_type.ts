// The natives of `int` (CPython's Objects/longobject.c): construction from numbers, strings and bytes,
// arithmetic with the reflected forms, comparisons, hashing, formatting and the public methods.
//
// An int is a JS number or bigint (a bool is a JS boolean, an instance of a subclass a PyIntSub): every
// native unwraps `self` and its operands with `asInt`, and returns exact ints. The kernels live in
// src/objects/int.ts. Importing this module attaches everything to `int` (and, through the imports
// below, to bool, float and complex).

import {
  callDescriptor,
  getIter,
  index,
  isTrue,
  iterNext,
  repr,
  str as strOf,
  call,
  typeName,
} from "../vm/abstract.js";
import { checkArity, noKwargs, parseArgs } from "./args.js";
import {
  BytesType,
  defClassMethod,
  defGetSet,
  defMethod,
  defStatic,
  IntType,
  None,
  NotImplemented,
  typeOf,
} from "./builtin_types.js";
import { bytesRepr, PyBytes } from "./bytes.js";
import { getBuffer } from "./codecs.js";
import {
  DeprecationWarning,
  newException,
  OverflowError,
  PyBaseException,
  TypeError,
  typeError,
  valueError,
} from "./exceptions.js";
import { PyFloat } from "./float.js";
import {
  asInt,
  big,
  type Int,
  intAbs,
  intAdd,
  intAnd,
  intBitCount,
  intBitLength,
  intDivmod,
  intFloorDiv,
  intHash,
  intInvert,
  intLshift,
  intMod,
  intMul,
  intNeg,
  intOr,
  intPowMod,
  intPowNonNeg,
  intRoundNeg,
  intRshift,
  intSub,
  intToDecimalString,
  intToFloat,
  intTrueDiv,
  intXor,
  normBig,
  numberWarnings,
  parseIntString,
  PyIntSub,
} from "./int.js";
import { floatPow } from "./float_type.js";
import { formatIntSpec } from "./number_format.js";
import type { PyObject } from "./object.js";
import {
  asStr,
  codePointStrRepr,
  codePointsOf,
  decimalValue,
  isSpaceCodePoint,
  PyCodePointStr,
  type Str,
  strRepr,
} from "./str.js";
import { PyTuple } from "./tuple.js";
import { PyStaticNative, PyType } from "./type.js";
import "./bool_type.js";
import "./complex_type.js";

// ---------------------------------------------------------------------------------------------------
// Helpers shared by the numeric types

/** Argument check of a slot wrapper taking `n` arguments (CPython's check_num_args). */
export function wrapperArgs(name: string, args: PyObject[], kwnames: string[] | null, n: number): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length !== n) throw typeError(`expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
}

/** Argument check of a ternary slot wrapper (`__pow__(value, mod=None)`). */
export function ternaryArgs(name: string, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length < 1) throw typeError(` expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) throw typeError(` expected at most 2 arguments, got ${args.length}`);
}

/**
 * The checks of a builtin `__new__` called directly (CPython's tp_new_wrapper): `args[0]` must be a
 * subtype of `type` whose nearest builtin `__new__` is this one. Returns the class.
 */
export function checkNewArgs(type: PyType, args: PyObject[]): PyType {
  if (args.length === 0) throw typeError(`${type.name}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyType)) {
    throw typeError(`${type.name}.__new__(X): X is not a type object (${typeName(cls)})`);
  }
  if (cls === type) return cls;
  if (!cls.isSubtype(type)) {
    throw typeError(`${type.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${type.name}`);
  }
  const mine = type.dict.get("__new__");
  for (const t of cls.mro) {
    const n = t.dict.get("__new__");
    if (n instanceof PyStaticNative) {
      if (n !== mine) throw typeError(`${type.name}.__new__(${cls.name}) is not safe, use ${t.name}.__new__()`);
      break;
    }
  }
  return cls;
}

/** The repr of `o` cut to 200 characters (C's `%.200R`). */
export function repr200(o: PyObject): string {
  const r = typeof o === "string" ? strRepr(o) : o instanceof PyCodePointStr ? codePointStrRepr(o) : repr(o);
  if (r.length <= 200) return r;
  return Array.from(r).slice(0, 200).join("");
}

/**
 * CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII kept, Unicode whitespace → ' ', decimal
 * digits → '0'-'9'; the string ends with '?' at the first other character.
 */
export function transformDecimalAndSpace(s: Str): string {
  if (typeof s === "string" && /^[\x00-\x7e]*$/.test(s)) return s;
  const cps = codePointsOf(s);
  let out = "";
  for (const cp of cps) {
    if (cp < 127) out += String.fromCharCode(cp);
    else if (isSpaceCodePoint(cp)) out += " ";
    else {
      const d = decimalValue(cp);
      if (d < 0) return out + "?";
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

/** Latin-1 view of bytes, for parsers that work on strings. */
export function bytesToLatin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

/** `operator.index(o)` clipped to a JS number in ±2^63 (CPython's PyNumber_AsSsize_t with no error). */
export function indexClipped(o: PyObject): number {
  const v = index(asIntSubOrSelf(o));
  if (typeof v === "number") return v;
  return v > 0n ? 2 ** 63 : -(2 ** 63);
}

function asIntSubOrSelf(o: PyObject): PyObject {
  return o instanceof PyIntSub ? o.value : o;
}

/** PyNumber_AsSsize_t(o, OverflowError). */
export function indexSsize(o: PyObject): number {
  const v = index(asIntSubOrSelf(o));
  if (typeof v === "number") return v;
  if (v >= 2n ** 63n || v < -(2n ** 63n)) {
    throw newException(OverflowError, "Python int too large to convert to C ssize_t");
  }
  return Number(v);
}

/** An exact int from `o` via __index__ (PyNumber_Index). */
export function toIndex(o: PyObject): Int {
  const v = asInt(o);
  if (v !== undefined) return v;
  const r = index(o);
  return asInt(r) ?? (r as Int);
}

// ---------------------------------------------------------------------------------------------------
// int(x), int(x, base)

/** An instance of `cls` (int or a subclass) holding `value`. */
export function newIntSubclassInstance(cls: PyType, value: Int): PyObject {
  return cls === IntType ? value : new PyIntSub(value, cls);
}

IntType.allocate = (t: PyType) => new PyIntSub(0, t);

/** int(s, base) for a str (PyLong_FromUnicodeObject). */
export function intFromStr(s: Str, base: number, orig: PyObject = s): Int {
  const v = parseIntString(transformDecimalAndSpace(s), base);
  if (v === null) throw valueError(`invalid literal for int() with base ${base}: ${repr200(orig)}`);
  return v;
}

/** int(b, base) for bytes-like data (_PyLong_FromBytes). */
export function intFromBytes(data: Uint8Array, base: number): Int {
  const v = parseIntString(bytesToLatin1(data), base);
  if (v === null) {
    const r = bytesRepr(data.subarray(0, 200));
    throw valueError(`invalid literal for int() with base ${base}: ${r.length > 200 ? r.slice(0, 200) : r}`);
  }
  return v;
}

/** The result of an `__int__` call as an exact int (warning about strict subclasses of int, as 3.13 does). */
function intResult(r: PyObject): Int {
  if (typeof r === "number" || typeof r === "bigint") return r;
  const v = asInt(r);
  if (v === undefined) throw typeError(`__int__ returned non-int (type ${typeName(r)})`);
  numberWarnings.warn(
    DeprecationWarning,
    `__int__ returned non-int (type ${typeName(r)}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`,
  );
  return v;
}

/** int(o) with one argument (CPython's PyNumber_Long). */
export function numberToInt(o: PyObject): Int {
  const v = asInt(o);
  if (v !== undefined && !(o instanceof PyIntSub)) return v;
  const t = typeOf(o);
  const fi = t.lookup("__int__");
  if (fi !== undefined && fi !== None) return intResult(callDescriptor(fi, o, []));
  const fx = t.lookup("__index__");
  if (fx !== undefined && fx !== None) return toIndex(o);
  const ft = t.lookup("__trunc__");
  if (ft !== undefined && ft !== None) {
    numberWarnings.warn(DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.");
    const r = callDescriptor(ft, o, []);
    const iv = asInt(r);
    if (iv !== undefined) return iv;
    if (typeOf(r).lookup("__index__") === undefined) {
      throw typeError(`__trunc__ returned non-Integral (type ${typeName(r)})`);
    }
    return toIndex(r);
  }
  const s = asStr(o);
  if (s !== undefined) return intFromStr(s, 10, o);
  const data = getBuffer(o);
  if (data !== undefined) return intFromBytes(data, 10);
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(o)}'`);
}

/** int(x=0, /, base=10) for the exact type int (long_new_impl). */
function intNew(x: PyObject, base: PyObject): Int {
  if (x === undefined) {
    if (base !== undefined) throw typeError("int() missing string argument");
    return 0;
  }
  if (base === undefined) return numberToInt(x);
  const b = indexClipped(base);
  if ((b !== 0 && b < 2) || b > 36) throw valueError("int() base must be >= 2 and <= 36, or 0");
  const s = asStr(x);
  if (s !== undefined) return intFromStr(s, b, x);
  const t = typeOf(x);
  if (x instanceof PyBytes || t.name === "bytearray") {
    const data = getBuffer(x);
    if (data !== undefined) return intFromBytes(data, b);
  }
  throw typeError("int() can't convert non-string with explicit base");
}

defStatic(IntType, "__new__", (args, kwnames) => {
  const cls = checkNewArgs(IntType, args);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const n = args.length - 1;
  let x: PyObject;
  let base: PyObject;
  if (nkw === 0) {
    if (n > 2) throw typeError(`int expected at most 2 arguments, got ${n}`);
    x = args[1];
    base = args[2];
  } else {
    if (n > 2) throw typeError(`int() takes at most 2 arguments (${n} given)`);
    const npos = n - nkw;
    x = npos >= 1 ? args[1] : undefined;
    base = npos >= 2 ? args[2] : undefined;
    for (let i = 0; i < nkw; i++) {
      const k = kwnames![i]!;
      if (k !== "base") throw typeError(`int() got an unexpected keyword argument '${k}'`);
      if (base !== undefined) throw typeError("argument for int() given by name ('base') and position (2)");
      base = args[1 + npos + i];
    }
  }
  return newIntSubclassInstance(cls, intNew(x, base));
});

// ---------------------------------------------------------------------------------------------------
// Special methods

function selfInt(self: PyObject): Int {
  const v = asInt(self);
  if (v === undefined) throw typeError(`descriptor requires a 'int' object but received a '${typeName(self)}'`);
  return v;
}

defMethod(IntType, "__repr__", (self, args, kwnames) => {
  wrapperArgs("__repr__", args, kwnames, 0);
  return intToDecimalString(selfInt(self));
});

defMethod(IntType, "__hash__", (self, args, kwnames) => {
  wrapperArgs("__hash__", args, kwnames, 0);
  return intHash(selfInt(self));
});

function defCompare(name: string, test: (c: number) => boolean): void {
  defMethod(IntType, name, (self, args, kwnames) => {
    wrapperArgs(name, args, kwnames, 1);
    const b = asInt(args[0]);
    if (b === undefined) return NotImplemented;
    const a = selfInt(self);
    return test(a < b ? -1 : a > b ? 1 : 0);
  });
}
defCompare("__lt__", (c) => c < 0);
defCompare("__le__", (c) => c <= 0);
defCompare("__eq__", (c) => c === 0);
defCompare("__ne__", (c) => c !== 0);
defCompare("__gt__", (c) => c > 0);
defCompare("__ge__", (c) => c >= 0);

/** Defines `__name__` and `__rname__` from a kernel on two ints. */
function defBinary(name: string, f: (a: Int, b: Int) => PyObject): void {
  defMethod(IntType, `__${name}__`, (self, args, kwnames) => {
    wrapperArgs(`__${name}__`, args, kwnames, 1);
    const b = asInt(args[0]);
    if (b === undefined) return NotImplemented;
    return f(selfInt(self), b);
  });
  defMethod(IntType, `__r${name}__`, (self, args, kwnames) => {
    wrapperArgs(`__r${name}__`, args, kwnames, 1);
    const a = asInt(args[0]);
    if (a === undefined) return NotImplemented;
    return f(a, selfInt(self));
  });
}

/** int ** int, with CPython's float result for negative exponents. */
export function intPow(a: Int, b: Int, mod?: Int): PyObject {
  if (mod !== undefined) return intPowMod(a, b, mod);
  if (b < 0) return floatPow(intToFloat(a), intToFloat(b));
  return intPowNonNeg(a, b);
}

defBinary("add", intAdd);
defBinary("sub", intSub);
defBinary("mul", intMul);
defBinary("mod", intMod);
defBinary("divmod", (a, b) => new PyTuple(intDivmod(a, b)));
defBinary("lshift", intLshift);
defBinary("rshift", intRshift);
defBinary("and", intAnd);
defBinary("xor", intXor);
defBinary("or", intOr);
defBinary("floordiv", intFloorDiv);
defBinary("truediv", (a, b) => new PyFloat(intTrueDiv(a, b)));

defMethod(IntType, "__pow__", (self, args, kwnames) => {
  ternaryArgs("__pow__", args, kwnames);
  const b = asInt(args[0]);
  if (b === undefined) return NotImplemented;
  const m = args.length > 1 ? args[1] : None;
  if (m === None) return intPow(selfInt(self), b);
  const mi = asInt(m);
  if (mi === undefined) return NotImplemented;
  return intPow(selfInt(self), b, mi);
});

defMethod(IntType, "__rpow__", (self, args, kwnames) => {
  ternaryArgs("__rpow__", args, kwnames);
  const a = asInt(args[0]);
  if (a === undefined) return NotImplemented;
  const m = args.length > 1 ? args[1] : None;
  if (m === None) return intPow(a, selfInt(self));
  const mi = asInt(m);
  if (mi === undefined) return NotImplemented;
  return intPow(a, selfInt(self), mi);
});

function defUnary(name: string, f: (a: Int) => PyObject): void {
  defMethod(IntType, name, (self, args, kwnames) => {
    wrapperArgs(name, args, kwnames, 0);
    return f(selfInt(self));
  });
}

defUnary("__neg__", intNeg);
defUnary("__pos__", (a) => a);
defUnary("__abs__", intAbs);
defUnary("__bool__", (a) => a !== 0);
defUnary("__invert__", intInvert);
defUnary("__int__", (a) => a);
defUnary("__float__", (a) => new PyFloat(intToFloat(a)));
defUnary("__index__", (a) => a);

/** Methods without arguments (METH_NOARGS): `int.name() takes no arguments (1 given)`. */
function defNoArgs(name: string, f: (a: Int, self: PyObject) => PyObject): void {
  defMethod(IntType, name, (self, args, kwnames) => {
    checkArity(`int.${name}`, args, kwnames, 0, 0);
    return f(selfInt(self), self);
  });
}

defNoArgs("__trunc__", (a) => a);
defNoArgs("__floor__", (a) => a);
defNoArgs("__ceil__", (a) => a);

defMethod(IntType, "__round__", (self, args, kwnames) => {
  noKwargs("int.__round__", kwnames);
  checkArity("__round__", args, null, 0, 1);
  const a = selfInt(self);
  const nd = args[0];
  if (nd === undefined || nd === None) return a;
  const n = toIndex(nd);
  if (n >= 0) return a;
  return intRoundNeg(a, n);
});

defNoArgs("__getnewargs__", (a) => new PyTuple([a]));

defMethod(IntType, "__format__", (self, args, kwnames) => {
  checkArity("int.__format__", args, kwnames, 1, 1);
  const spec = asStr(args[0]);
  if (spec === undefined) throw typeError(`__format__() argument must be str, not ${typeName(args[0])}`);
  const v = selfInt(self);
  if (spec === "" || (spec instanceof PyCodePointStr && spec.codePoints.length === 0)) {
    return typeof self === "number" || typeof self === "bigint" ? intToDecimalString(v) : strOf(self);
  }
  return formatIntSpec(v, spec, typeName(self));
});

// ---------------------------------------------------------------------------------------------------
// Public methods (alphabetical)

defNoArgs("as_integer_ratio", (a) => new PyTuple([a, 1]));
defNoArgs("bit_count", (a) => intBitCount(a));
defNoArgs("bit_length", (a) => intBitLength(a));
defNoArgs("conjugate", (a) => a);

/** The bytes of `o` for int.from_bytes (PyObject_Bytes). */
function bytesOf(o: PyObject): Uint8Array {
  if (typeOf(o) === BytesType) return (o as PyBytes).data;
  const t = typeOf(o);
  const fb = t.lookup("__bytes__");
  if (fb !== undefined) {
    const r = callDescriptor(fb, o, []);
    if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
    return r.data;
  }
  const buf = getBuffer(o);
  if (buf !== undefined) return buf;
  if (asStr(o) === undefined) {
    let it: PyObject;
    try {
      it = getIter(o);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.type.isSubtype(TypeError))) throw e;
      it = undefined;
    }
    if (it !== undefined) {
      const out: number[] = [];
      for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
        const v = toIndex(x);
        if (typeof v !== "number" || v < 0 || v > 255) throw valueError("bytes must be in range(0, 256)");
        out.push(v);
      }
      return Uint8Array.from(out);
    }
  }
  throw typeError(`cannot convert '${t.name}' object to bytes`);
}

function byteorderArg(fname: string, o: PyObject): boolean {
  if (o === undefined) return false;
  const s = asStr(o);
  if (s === undefined) throw typeError(`${fname}() argument 'byteorder' must be str, not ${typeName(o)}`);
  if (s === "little") return true;
  if (s === "big") return false;
  throw valueError("byteorder must be either 'little' or 'big'");
}

defClassMethod(IntType, "from_bytes", (cls, args, kwnames) => {
  const [bytesArg, order, signed] = parseArgs("from_bytes", args, kwnames, ["bytes", "byteorder", "signed"], 1, 0, 2);
  const little = byteorderArg("from_bytes", order);
  const isSigned = signed !== undefined && isTrue(signed);
  const data = bytesOf(bytesArg);
  const n = data.length;
  let v = 0n;
  if (n > 0) {
    let hex = "";
    for (let i = 0; i < n; i++) {
      const b = data[little ? n - 1 - i : i]!;
      hex += (b < 16 ? "0" : "") + b.toString(16);
    }
    v = BigInt("0x" + hex);
    if (isSigned && data[little ? n - 1 : 0]! >= 0x80) v -= 1n << BigInt(8 * n);
  }
  const r = normBig(v);
  if (cls === IntType) return r;
  return call(cls, [r]);
});

defMethod(IntType, "is_integer", (self, args, kwnames) => {
  checkArity("int.is_integer", args, kwnames, 0, 0);
  selfInt(self);
  return true;
});

defMethod(IntType, "to_bytes", (self, args, kwnames) => {
  const [lengthArg, order, signed] = parseArgs("to_bytes", args, kwnames, ["length", "byteorder", "signed"], 0, 0, 2);
  const length = lengthArg === undefined ? 1 : indexSsize(lengthArg);
  const little = byteorderArg("to_bytes", order);
  const isSigned = signed !== undefined && isTrue(signed);
  if (length < 0) throw valueError("length argument must be non-negative");
  let v = big(selfInt(self));
  if (v < 0n && !isSigned) throw newException(OverflowError, "can't convert negative int to unsigned");
  const bits = BigInt(8 * length);
  if (isSigned) {
    const lim = length === 0 ? 0n : 1n << (bits - 1n);
    if (v >= lim || v < -lim) throw newException(OverflowError, "int too big to convert");
    if (v < 0n) v += 1n << bits;
  } else if (length < 1e6 && v >= 1n << bits) throw newException(OverflowError, "int too big to convert");
  const out = new Uint8Array(length);
  let hex = v.toString(16);
  if (hex.length > 2 * length) throw newException(OverflowError, "int too big to convert");
  hex = hex.padStart(2 * length, "0");
  for (let i = 0; i < length; i++) {
    const b = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
    out[little ? length - 1 - i : i] = b;
  }
  return new PyBytes(out);
});

// ---------------------------------------------------------------------------------------------------
// Attributes

defGetSet(IntType, "real", (self) => selfInt(self));
defGetSet(IntType, "imag", () => 0);
defGetSet(IntType, "numerator", (self) => selfInt(self));
defGetSet(IntType, "denominator", () => 1);

/** No-op: importing this module attaches the natives of int, bool, float and complex. */
export function initNumbers(): void {}
