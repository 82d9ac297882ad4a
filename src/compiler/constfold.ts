// Python semantics of operations on compile-time constants, for the AST optimizer (ast_opt.ts). Every
// function returns `undefined` when CPython's folding would fail or refuse (an exception, a size limit, or
// a case we do not reproduce exactly): the expression is then left for run time, which is always correct.

import { PyBytes } from "../objects/bytes.js";
import { PyComplex } from "../objects/complex.js";
import { PyFloat } from "../objects/float.js";
import type { PyObject } from "../objects/object.js";
import { PyFrozenSet } from "../objects/set.js";
import { Ellipsis, None } from "../objects/singletons.js";
import { codePointsOf, concatStr, PyCodePointStr, strFromCodePoints } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";

export const MAX_INT_SIZE = 128; // bits
export const MAX_COLLECTION_SIZE = 256;
export const MAX_STR_SIZE = 4096;
export const MAX_TOTAL_ITEMS = 1024;

type Int = number | bigint;

export function isInt(v: PyObject): v is Int | boolean {
  return typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";
}
function isStr(v: PyObject): v is string | PyCodePointStr {
  return typeof v === "string" || v instanceof PyCodePointStr;
}
function toBig(v: Int | boolean): bigint {
  return typeof v === "boolean" ? (v ? 1n : 0n) : BigInt(v);
}
function toNum(v: Int | boolean): number | bigint {
  return typeof v === "boolean" ? (v ? 1 : 0) : v;
}
export function normInt(b: bigint): Int {
  if (b >= -9007199254740991n && b <= 9007199254740991n) {
    const n = Number(b);
    return n === 0 ? 0 : n;
  }
  return b;
}
function numBits(v: Int | boolean): number {
  let b = toBig(v);
  if (b < 0n) b = -b;
  return b === 0n ? 0 : b.toString(2).length;
}
function intToFloat(v: Int | boolean): number | undefined {
  const n = typeof v === "bigint" ? Number(v) : Number(toNum(v));
  if (!Number.isFinite(n)) return undefined; // OverflowError
  return n;
}
function strLen(v: string | PyCodePointStr): number {
  if (typeof v !== "string") return v.codePoints.length;
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < v.length) {
      const d = v.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Python truth value of a constant (PyObject_IsTrue). */
export function constTruth(v: PyObject): boolean {
  if (v === None) return false;
  if (v === Ellipsis) return true;
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "bigint":
      return v !== 0n;
    case "string":
      return v.length > 0;
  }
  if (v instanceof PyFloat) return v.value !== 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyBytes) return v.data.length > 0;
  if (v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyFrozenSet) return v.items.length > 0;
  if (v instanceof PyCodePointStr) return v.codePoints.length > 0;
  return true;
}

// ---- int arithmetic ----

function intAdd(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return normInt(BigInt(a) + BigInt(b));
}
function intSub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return normInt(BigInt(a) - BigInt(b));
}
function intMul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return normInt(BigInt(a) * BigInt(b));
}
function intFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  if (a % b !== 0n && a < 0n !== b < 0n) return q - 1n;
  return q;
}
function intMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  if (r !== 0n && r < 0n !== b < 0n) return r + b;
  return r;
}

/** int / int, correctly rounded (CPython's long_true_divide) for operands that are exact doubles. */
function intTrueDiv(a: Int, b: Int): number | undefined {
  const bb = toBig(b);
  if (bb === 0n) return undefined;
  const ab = toBig(a);
  const lim = 1n << 53n;
  if ((ab < 0n ? -ab : ab) <= lim && (bb < 0n ? -bb : bb) <= lim) return Number(ab) / Number(bb);
  return undefined; // not reproduced: leave it to run time
}

// ---- float helpers (Objects/floatobject.c) ----

function floatDivmod(vx: number, wx: number): [number, number] | undefined {
  if (wx === 0) return undefined;
  let mod = vx % wx; // fmod
  let div = (vx - mod) / wx;
  if (mod) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0.0 : 0.0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = vx / wx < 0 ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}
function floatMod(vx: number, wx: number): number | undefined {
  if (wx === 0) return undefined;
  let mod = vx % wx;
  if (mod) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else {
    mod = wx < 0 ? -0.0 : 0.0;
  }
  return mod;
}
function floatPow(iv: number, iw: number): number | undefined {
  // float_pow: the special cases, then C pow(); errors give undefined.
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iw === 0 ? 1.0 : iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1.0) return 1.0;
    if (iw > 0 === a > 1.0) return Math.abs(iw);
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    const iwIsOdd = Number.isInteger(iw) && Math.abs(iw % 2) === 1;
    if (iw > 0) return iwIsOdd ? iv : Math.abs(iv);
    return iwIsOdd ? (iv < 0 ? -0.0 : 0.0) : 0.0;
  }
  if (iv === 0) {
    if (iw < 0) return undefined; // ZeroDivisionError
    const iwIsOdd = Number.isInteger(iw) && Math.abs(iw % 2) === 1;
    return iwIsOdd ? iv : 0.0;
  }
  if (iv < 0 && !Number.isInteger(iw)) return undefined; // complex result
  if (iv === 1.0) return 1.0;
  // Correctly rounded like the runtime's float pow (V8's ** may differ from C pow in the last bit).
  const mag = powPositive(Math.abs(iv), iw);
  const r = iv < 0 && Math.abs(iw % 2) === 1 ? -mag : mag;
  if (!Number.isFinite(r)) return undefined; // OverflowError
  return r;
}

// ---- complex ----
import { powPositive } from "../objects/float_type.js";

function asComplex(v: PyObject): [number, number] | undefined {
  if (v instanceof PyComplex) return [v.real, v.imag];
  if (v instanceof PyFloat) return [v.value, 0];
  if (isInt(v)) {
    const f = intToFloat(v);
    return f === undefined ? undefined : [f, 0];
  }
  return undefined;
}

function mkFloat(x: number): PyFloat {
  return new PyFloat(x);
}

type Kind = "int" | "float" | "complex" | "other";
function kindOf(v: PyObject): Kind {
  if (isInt(v)) return "int";
  if (v instanceof PyFloat) return "float";
  if (v instanceof PyComplex) return "complex";
  return "other";
}

function checkComplexity(obj: PyObject, limit: number): number {
  if (obj instanceof PyTuple) {
    limit -= obj.items.length;
    for (let i = 0; limit >= 0 && i < obj.items.length; i++) {
      limit = checkComplexity(obj.items[i], limit);
      if (limit < 0) return limit;
    }
  }
  return limit;
}

function repeat(v: PyObject, n: Int | boolean): PyObject | undefined {
  const count = Number(toNum(n));
  const k = Math.max(count, 0);
  if (v instanceof PyTuple) {
    const size = v.items.length;
    if (size) {
      if (count < 0 || count > MAX_COLLECTION_SIZE / size) return undefined;
      if (count && checkComplexity(v, MAX_TOTAL_ITEMS / count) < 0) return undefined;
    }
    const out: PyObject[] = [];
    for (let i = 0; i < k; i++) out.push(...v.items);
    return new PyTuple(out);
  }
  if (isStr(v)) {
    const size = strLen(v);
    if (size && (count < 0 || count > MAX_STR_SIZE / size)) return undefined;
    if (typeof v === "string") return v.repeat(k);
    const parts: (string | PyCodePointStr)[] = [];
    for (let i = 0; i < k; i++) parts.push(v);
    return concatStr(parts);
  }
  if (v instanceof PyBytes) {
    const size = v.data.length;
    if (size && (count < 0 || count > MAX_STR_SIZE / size)) return undefined;
    const out = new Uint8Array(size * k);
    for (let i = 0; i < k; i++) out.set(v.data, i * size);
    return new PyBytes(out);
  }
  return undefined;
}

export type BinOpName =
  | "Add"
  | "Sub"
  | "Mult"
  | "MatMult"
  | "Div"
  | "Mod"
  | "Pow"
  | "LShift"
  | "RShift"
  | "BitOr"
  | "BitXor"
  | "BitAnd"
  | "FloorDiv";

/** CPython's fold_binop operations with safe_multiply/safe_power/safe_lshift/safe_mod limits. */
export function foldBinOp(op: BinOpName, l: PyObject, r: PyObject): PyObject | undefined {
  const kl = kindOf(l);
  const kr = kindOf(r);
  if (kl !== "other" && kr !== "other") return numericBinOp(op, l, r, kl, kr);
  switch (op) {
    case "Add":
      if (isStr(l) && isStr(r)) return concatStr([l, r]);
      if (l instanceof PyBytes && r instanceof PyBytes) {
        const out = new Uint8Array(l.data.length + r.data.length);
        out.set(l.data);
        out.set(r.data, l.data.length);
        return new PyBytes(out);
      }
      if (l instanceof PyTuple && r instanceof PyTuple) return new PyTuple([...l.items, ...r.items]);
      return undefined;
    case "Mult":
      if (kl === "int" && typeof l !== "boolean") return repeat(r, l);
      if (kr === "int" && typeof r !== "boolean") return repeat(l, r);
      if (kl === "int") return repeat(r, l);
      if (kr === "int") return repeat(l, r);
      return undefined;
    default:
      return undefined;
  }
}

function numericBinOp(op: BinOpName, l: PyObject, r: PyObject, kl: Kind, kr: Kind): PyObject | undefined {
  if (kl === "int" && kr === "int") {
    const a = toNum(l as Int | boolean);
    const b = toNum(r as Int | boolean);
    switch (op) {
      case "Add":
        return intAdd(a, b);
      case "Sub":
        return intSub(a, b);
      case "Mult": {
        if (a !== 0 && b !== 0 && numBits(a) + numBits(b) > MAX_INT_SIZE) return undefined;
        return intMul(a, b);
      }
      case "Div": {
        const q = intTrueDiv(a, b);
        return q === undefined ? undefined : mkFloat(q);
      }
      case "FloorDiv": {
        const bb = toBig(b);
        if (bb === 0n) return undefined;
        return normInt(intFloorDiv(toBig(a), bb));
      }
      case "Mod": {
        const bb = toBig(b);
        if (bb === 0n) return undefined;
        return normInt(intMod(toBig(a), bb));
      }
      case "Pow": {
        const bb = toBig(b);
        const ab = toBig(a);
        if (bb < 0n) {
          if (ab === 0n) return undefined;
          const fa = intToFloat(a);
          const fb = intToFloat(b);
          if (fa === undefined || fb === undefined) return undefined;
          const res = floatPow(fa, fb);
          return res === undefined ? undefined : mkFloat(res);
        }
        if (ab !== 0n && bb > 0n) {
          const vbits = numBits(a);
          if (bb > BigInt(MAX_INT_SIZE) || vbits > MAX_INT_SIZE / Number(bb)) return undefined;
        }
        return normInt(ab ** bb);
      }
      case "LShift": {
        const bb = toBig(b);
        if (bb < 0n) return undefined;
        const ab = toBig(a);
        if (ab !== 0n && bb !== 0n) {
          if (bb > BigInt(MAX_INT_SIZE) || numBits(a) > MAX_INT_SIZE - Number(bb)) return undefined;
        }
        return normInt(ab << bb);
      }
      case "RShift": {
        const bb = toBig(b);
        if (bb < 0n) return undefined;
        return normInt(toBig(a) >> (bb > 100000n ? 100000n : bb));
      }
      case "BitOr":
        if (typeof l === "boolean" && typeof r === "boolean") return l || r;
        return normInt(toBig(a) | toBig(b));
      case "BitXor":
        if (typeof l === "boolean" && typeof r === "boolean") return l !== r;
        return normInt(toBig(a) ^ toBig(b));
      case "BitAnd":
        if (typeof l === "boolean" && typeof r === "boolean") return l && r;
        return normInt(toBig(a) & toBig(b));
      default:
        return undefined;
    }
  }
  if (kl === "complex" || kr === "complex") {
    const x = asComplex(l);
    const y = asComplex(r);
    if (!x || !y) return undefined;
    switch (op) {
      case "Add":
        return new PyComplex(x[0] + y[0], x[1] + y[1]);
      case "Sub":
        return new PyComplex(x[0] - y[0], x[1] - y[1]);
      case "Mult":
        return new PyComplex(x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]);
      default:
        return undefined;
    }
  }
  // float with float/int
  const x = kl === "float" ? (l as PyFloat).value : intToFloat(l as Int);
  const y = kr === "float" ? (r as PyFloat).value : intToFloat(r as Int);
  if (x === undefined || y === undefined) return undefined;
  switch (op) {
    case "Add":
      return mkFloat(x + y);
    case "Sub":
      return mkFloat(x - y);
    case "Mult":
      return mkFloat(x * y);
    case "Div":
      return y === 0 ? undefined : mkFloat(x / y);
    case "FloorDiv": {
      const d = floatDivmod(x, y);
      return d ? mkFloat(d[0]) : undefined;
    }
    case "Mod": {
      const m = floatMod(x, y);
      return m === undefined ? undefined : mkFloat(m);
    }
    case "Pow": {
      const p = floatPow(x, y);
      return p === undefined ? undefined : mkFloat(p);
    }
    default:
      return undefined;
  }
}

export type UnaryOpName = "Invert" | "Not" | "UAdd" | "USub";

export function foldUnaryOp(op: UnaryOpName, v: PyObject): PyObject | undefined {
  if (op === "Not") return !constTruth(v);
  if (isInt(v)) {
    const n = toNum(v);
    switch (op) {
      case "UAdd":
        return n;
      case "USub":
        return typeof n === "number" ? (n === 0 ? 0 : -n) : normInt(-n);
      case "Invert":
        return typeof n === "number" ? -n - 1 : normInt(-n - 1n);
    }
  }
  if (v instanceof PyFloat) {
    if (op === "USub") return mkFloat(-v.value);
    if (op === "UAdd") return mkFloat(v.value);
    return undefined;
  }
  if (v instanceof PyComplex) {
    if (op === "USub") return new PyComplex(-v.real, -v.imag);
    if (op === "UAdd") return new PyComplex(v.real, v.imag);
  }
  return undefined;
}

/** PyObject_GetItem(container, index) for constant str/bytes/tuple with an int index. */
export function foldSubscript(c: PyObject, idx: PyObject): PyObject | undefined {
  if (!isInt(idx)) return undefined;
  let i = Number(toNum(idx));
  if (isStr(c)) {
    const cps = codePointsOf(c);
    if (i < 0) i += cps.length;
    if (i < 0 || i >= cps.length) return undefined;
    return strFromCodePoints([cps[i]!]);
  }
  if (c instanceof PyBytes) {
    if (i < 0) i += c.data.length;
    if (i < 0 || i >= c.data.length) return undefined;
    return c.data[i]!;
  }
  if (c instanceof PyTuple) {
    if (i < 0) i += c.items.length;
    if (i < 0 || i >= c.items.length) return undefined;
    return c.items[i];
  }
  return undefined;
}

/** The length of a str constant in code points. */
export function pyStrLen(s: string | PyCodePointStr): number {
  return strLen(s);
}
