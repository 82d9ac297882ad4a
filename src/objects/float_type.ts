// The natives of `float` (CPython's Objects/floatobject.c): construction from numbers and strings,
// arithmetic with Python's floor-division and modulo rules, exact comparisons with ints, hashing, round,
// hex/fromhex, formatting.
//
// A float is a PyFloat (an instance of a subclass a PyFloatSub); ints and bools take part in mixed
// arithmetic as CPython converts them (PyLong_AsDouble: correctly rounded, OverflowError when too large).

import { call, callDescriptor, str as strOf, typeName } from "../vm/abstract.js";
import { checkArity, noKwargs } from "./args.js";
import {
  defClassMethod,
  defGetSet,
  defMethod,
  defStatic,
  FloatType,
  None,
  NotImplemented,
  typeOf,
} from "./builtin_types.js";
import { getBuffer } from "./codecs.js";
import { complexPow } from "./complex_type.js";
import {
  DeprecationWarning,
  initExceptionFields,
  newException,
  OverflowError,
  PyBaseException,
  typeError,
  valueError,
  ZeroDivisionError,
} from "./exceptions.js";
import { floatRepr, PyFloat, PyFloatSub } from "./float.js";
import {
  asInt,
  compareFloatInt,
  floatHash,
  floatToInt,
  frexpInt,
  type Int,
  intToFloat,
  ldexp,
  normBig,
  numberWarnings,
  ratioToDouble,
} from "./int.js";
import {
  bytesToLatin1,
  checkNewArgs,
  indexClipped,
  repr200,
  ternaryArgs,
  toIndex,
  transformDecimalAndSpace,
  wrapperArgs,
} from "./int_type.js";
import { dtoa, formatFloatSpec } from "./number_format.js";
import type { PyObject } from "./object.js";
import { asStr, PyCodePointStr, type Str } from "./str.js";
import { PyTuple } from "./tuple.js";
import type { PyType } from "./type.js";

FloatType.allocate = (t: PyType) => new PyFloatSub(0, t);

/** An instance of `cls` (float or a subclass) holding `value`. */
export function newFloatSubclassInstance(cls: PyType, value: number): PyFloat {
  return cls === FloatType ? new PyFloat(value) : new PyFloatSub(value, cls);
}

// ---------------------------------------------------------------------------------------------------
// Kernels (exported for the VM's fast paths and other modules)

/** A float operand as a double: floats, ints and bools; undefined for anything else. */
export function toDouble(o: PyObject): number | undefined {
  if (o instanceof PyFloat) return o.value;
  const i = asInt(o);
  if (i !== undefined) return intToFloat(i);
  return undefined;
}

function copysign0(x: number): number {
  return x < 0 || Object.is(x, -0) ? -0 : 0;
}

/** float % float (CPython's float_rem): the result has the sign of the divisor. */
export function floatMod(vx: number, wx: number): number {
  if (wx === 0) throw newException(ZeroDivisionError, "float modulo by zero");
  let mod = vx % wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else mod = copysign0(wx);
  return mod;
}

/** divmod(float, float) without the zero check (CPython's _float_div_mod). */
function divMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else mod = copysign0(wx);
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else floordiv = copysign0(vx / wx);
  return [floordiv, mod];
}

export function floatFloorDiv(vx: number, wx: number): number {
  if (wx === 0) throw newException(ZeroDivisionError, "float floor division by zero");
  return divMod(vx, wx)[0];
}

export function floatDivmod(vx: number, wx: number): [number, number] {
  if (wx === 0) throw newException(ZeroDivisionError, "float divmod()");
  return divMod(vx, wx);
}

export function floatTrueDiv(vx: number, wx: number): number {
  if (wx === 0) throw newException(ZeroDivisionError, "float division by zero");
  return vx / wx;
}

/** OverflowError(34, 'Numerical result out of range'), as PyErr_SetFromErrno(ERANGE) makes it. */
function erangeError(): PyBaseException {
  const e = new PyBaseException(OverflowError, [34, "Numerical result out of range"]);
  initExceptionFields(e);
  return e;
}

function isOddInteger(x: number): boolean {
  return Math.abs(x) % 2 === 1;
}

/** float ** float (CPython's float_pow): a PyFloat, or a PyComplex for a negative base and a fractional exponent. */
export function floatPow(iv: number, iw: number): PyObject {
  if (iw === 0) return new PyFloat(1.0);
  if (Number.isNaN(iv)) return new PyFloat(iv);
  if (Number.isNaN(iw)) return new PyFloat(iv === 1.0 ? 1.0 : iw);
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1.0) return new PyFloat(1.0);
    if (iw > 0 === av > 1.0) return new PyFloat(Math.abs(iw));
    return new PyFloat(0.0);
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return new PyFloat(odd ? iv : Math.abs(iv));
    return new PyFloat(odd ? copysign0(iv) : 0.0);
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) throw newException(ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return new PyFloat(odd ? iv : 0.0);
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return complexPow(iv, 0, iw, 0);
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return new PyFloat(negate ? -1.0 : 1.0);
  let ix = powPositive(iv, iw);
  if (!Number.isFinite(ix)) throw erangeError();
  if (negate) ix = -ix;
  return new PyFloat(ix);
}

/**
 * x ** y for finite x > 0, x != 1, finite y != 0, correctly rounded (as glibc's pow is, to within its
 * 0.52 ulp): small integer exponents exactly with bigints, others in double-double arithmetic. Returns
 * Infinity on overflow and 0 on underflow.
 */
export function powPositive(x: number, y: number): number {
  if (Number.isInteger(y) && Math.abs(y) <= 64) {
    if (y === 1) return x;
    if (y === 2) return x * x;
    if (y === -1) return 1 / x;
    const [m, e] = frexpInt(x);
    const n = Math.abs(y);
    const mm = BigInt(m) ** BigInt(n);
    if (y > 0) return ratioToDouble(mm, 1n, e * n);
    return ratioToDouble(1n, mm, -e * n);
  }
  if (y === 0.5) return Math.sqrt(x);
  logDD(x);
  const lh = DH;
  const ll = DL;
  const t0 = y * lh;
  if (t0 > 720) return Infinity;
  if (t0 < -760) return 0;
  twoProd(y, lh);
  quickTwoSum(DH, DL + y * ll);
  expDD(DH, DL);
  return scaleRound(DH, DL, EK);
}

/** exp(x), correctly rounded but for cases within ~2^-90 of a rounding boundary (glibc's exp is too). */
export function crExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  if (x === 0) return 1;
  expDD(x, 0);
  return scaleRound(DH, DL, EK);
}

/** log(x) for finite x > 0, correctly rounded but for cases within ~2^-90 of a rounding boundary. */
export function crLog(x: number): number {
  if (x === 1) return 0;
  logDD(x);
  return DH;
}

/** hypot(x, y) = sqrt(x*x + y*y), correctly rounded but for cases within ~2^-90 of a rounding boundary. */
export function crHypot(x: number, y: number): number {
  let ax = Math.abs(x);
  let ay = Math.abs(y);
  if (ax === Infinity || ay === Infinity) return Infinity;
  if (Number.isNaN(ax) || Number.isNaN(ay)) return Number.NaN;
  if (ax < ay) {
    const t = ax;
    ax = ay;
    ay = t;
  }
  if (ay === 0 || ay < ax * 2 ** -60) return ax;
  // scale ax into [1, 2): exact, and ay stays far from underflow
  f64b[0] = ax;
  let e = ((u32b[HIW]! >>> 20) & 0x7ff) - 1023;
  if (e === -1023) {
    f64b[0] = ax * 18014398509481984;
    e = ((u32b[HIW]! >>> 20) & 0x7ff) - 1023 - 54;
  }
  const sx = ldexp(ax, -e);
  const sy = ldexp(ay, -e);
  twoProd(sx, sx);
  const ph = DH;
  const pl = DL;
  twoProd(sy, sy);
  ddAdd(ph, pl, DH, DL);
  const sh = DH;
  const sl = DL;
  // sqrt(S) = r + (S - r^2) / 2r
  const r = Math.sqrt(sh);
  twoProd(r, r);
  const d = sh - DH - DL + sl;
  quickTwoSum(r, d / (2 * r));
  return scaleRound(DH, DL, e);
}

// π/2 as the sum of three doubles (about 160 bits)
const PIO2_1 = 1.5707963267948966;
const PIO2_2 = 6.123233995736766e-17;
const PIO2_3 = -1.4973849048591698e-33;

/**
 * sin and cos of x (|x| < 2^30) as pairs: SH/SL = sin, CH/CL = cos, by reduction modulo π/2 in
 * double-double arithmetic and Taylor series on |r| <= π/4.
 */
let SH = 0;
let SL = 0;
let CH = 0;
let CL = 0;
function sinCosDD(x: number): void {
  const k = Math.round(x / PIO2_1);
  twoProd(k, PIO2_1);
  ddAdd(x, 0, -DH, -DL);
  let rh = DH;
  let rl = DL;
  twoProd(k, PIO2_2);
  ddAdd(rh, rl, -DH, -DL);
  rh = DH;
  rl = DL;
  ddAdd(rh, rl, -k * PIO2_3, 0);
  rh = DH;
  rl = DL;
  ddMul(rh, rl, rh, rl);
  const r2h = DH;
  const r2l = DL;
  // sin r = r (1 - r²/(2·3) (1 - r²/(4·5) (...))), cos r = 1 - r²/(1·2) (1 - r²/(3·4) (...))
  let sh = 1;
  let sl = 0;
  let ch = 1;
  let cl = 0;
  for (let n = 30; n >= 2; n -= 2) {
    ddMul(sh, sl, r2h, r2l);
    ddDivD(DH, DL, n * (n + 1));
    ddAdd(1, 0, -DH, -DL);
    sh = DH;
    sl = DL;
    ddMul(ch, cl, r2h, r2l);
    ddDivD(DH, DL, n * (n - 1));
    ddAdd(1, 0, -DH, -DL);
    ch = DH;
    cl = DL;
  }
  ddMul(sh, sl, rh, rl);
  sh = DH;
  sl = DL;
  switch (((k % 4) + 4) % 4) {
    case 0:
      SH = sh;
      SL = sl;
      CH = ch;
      CL = cl;
      break;
    case 1:
      SH = ch;
      SL = cl;
      CH = -sh;
      CL = -sl;
      break;
    case 2:
      SH = -sh;
      SL = -sl;
      CH = -ch;
      CL = -cl;
      break;
    default:
      SH = -ch;
      SL = -cl;
      CH = sh;
      CL = sl;
  }
}

/** sin(x), correctly rounded but for cases within ~2^-90 of a rounding boundary (|x| < 2^30). */
export function crSin(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return Number.isFinite(x) ? x : Number.NaN;
  if (Math.abs(x) >= 2 ** 30) return Math.sin(x);
  sinCosDD(x);
  return SH + SL;
}

/** cos(x), correctly rounded but for cases within ~2^-90 of a rounding boundary (|x| < 2^30). */
export function crCos(x: number): number {
  if (!Number.isFinite(x)) return Number.NaN;
  if (Math.abs(x) >= 2 ** 30) return Math.cos(x);
  sinCosDD(x);
  return CH + CL;
}

/** atan2(y, x) with C99's special cases, correctly rounded but for cases within ~2^-80 of a boundary. */
export function crAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (y === 0 || x === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return Math.atan2(y, x);
  // scale so that max(|x|, |y|) is near 1
  const m = Math.max(Math.abs(x), Math.abs(y));
  f64b[0] = m;
  const e = ((u32b[HIW]! >>> 20) & 0x7ff) - 1023;
  const sx = ldexp(x, -e);
  const sy = ldexp(y, -e);
  if (sx === 0 || sy === 0 || Math.abs(sx) < 2 ** -1000 || Math.abs(sy) < 2 ** -1000) return Math.atan2(y, x);
  const t0 = Math.atan2(sy, sx);
  // t = t0 + asin((y cos t0 - x sin t0) / hypot(x, y)), the correction being tiny
  sinCosDD(t0);
  const sh = SH;
  const sl = SL;
  ddMul(CH, CL, sy, 0);
  const ah = DH;
  const al = DL;
  ddMul(sh, sl, sx, 0);
  ddAdd(ah, al, -DH, -DL);
  const d = DH / crHypot(sx, sy);
  quickTwoSum(t0, d);
  return DH;
}

// ---------------------------------------------------------------------------------------------------
// Double-double arithmetic for powPositive: a value is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2,
// good to about 2^-104 relative. Results go to DH/DL (and EK, a power of two) to avoid allocating pairs.

let DH = 0;
let DL = 0;
let EK = 0;

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  DL = a - (s - bb) + (b - bb);
  DH = s;
}

function quickTwoSum(a: number, b: number): void {
  const s = a + b;
  DL = b - (s - a);
  DH = s;
}

const SPLITTER = 134217729; // 2^27 + 1

/** The exact product a * b as a pair (Dekker; no overflow for |a|, |b| < 2^996). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  DL = ah * bh - p + ah * bl + al * bh + al * bl;
  DH = p;
}

function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const sh = DH;
  const sl = DL;
  twoSum(al, bl);
  const th = DH;
  const tl = DL;
  quickTwoSum(sh, sl + th);
  quickTwoSum(DH, DL + tl);
}

function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  quickTwoSum(DH, DL + (ah * bl + al * bh));
}

/** (ah + al) / b for a double b. */
function ddDivD(ah: number, al: number, b: number): void {
  const q1 = ah / b;
  twoProd(q1, b);
  ddAdd(ah, al, -DH, -DL);
  const q2 = DH / b;
  quickTwoSum(q1, q2);
}

/** (ah + al) / (bh + bl). */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl);
  ddAdd(ah, al, -DH, -DL);
  const rh = DH;
  const rl = DL;
  const q2 = rh / bh;
  ddMul(q2, 0, bh, bl);
  ddAdd(rh, rl, -DH, -DL);
  const q3 = DH / bh;
  quickTwoSum(q1, q2);
  ddAdd(DH, DL, q3, 0);
}

const LN2_HI = Math.LN2;
const LN2_LO = 2.3190468138462996e-17;

/** exp(th + tl) = (DH + DL) * 2^EK, for |th| below ~800. */
function expDD(th: number, tl: number): void {
  const k = Math.round(th / LN2_HI);
  twoProd(k, LN2_HI);
  ddAdd(th, tl, -DH, -DL);
  const r1h = DH;
  const r1l = DL;
  twoProd(k, LN2_LO);
  ddAdd(r1h, r1l, -DH, -DL);
  // exp(r) = (1 + expm1(r / 1024)) ^ 1024, with expm1 by its Taylor series (|r / 1024| < 2^-11)
  const rh = DH / 1024;
  const rl = DL / 1024;
  let eh = 1;
  let el = 0;
  for (let n = 10; n >= 2; n--) {
    ddMul(eh, el, rh, rl);
    ddDivD(DH, DL, n);
    ddAdd(1, 0, DH, DL);
    eh = DH;
    el = DL;
  }
  ddMul(eh, el, rh, rl);
  eh = DH;
  el = DL;
  // expm1(2r) = expm1(r) * (expm1(r) + 2), ten times
  for (let i = 0; i < 10; i++) {
    ddAdd(eh, el, 2, 0);
    ddMul(eh, el, DH, DL);
    eh = DH;
    el = DL;
  }
  ddAdd(1, 0, eh, el);
  EK = k;
}

const f64b = new Float64Array(1);
const u32b = new Uint32Array(f64b.buffer);
const HIW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** log(x) for finite x > 0 as (DH + DL), to about 2^-100 relative. */
function logDD(x: number): void {
  // x = m * 2^e with m in [sqrt(1/2), sqrt(2))
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54
    e = -54;
  }
  f64b[0] = x;
  const hi = u32b[HIW]!;
  e += ((hi >>> 20) & 0x7ff) - 1023;
  u32b[HIW] = (hi & 0x800fffff) | (1023 << 20);
  let m = f64b[0]!;
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  const f = m - 1; // exact
  let lh: number;
  let ll: number;
  if (Math.abs(f) < 0.0625) {
    // log(m) = 2 atanh(s), s = f / (2 + f): relative accuracy even when log(m) is tiny
    twoSum(2, f);
    ddDiv(f, 0, DH, DL);
    const sh = DH;
    const sl = DL;
    ddMul(sh, sl, sh, sl);
    const s2h = DH;
    const s2l = DL;
    let ph = 1 / 27;
    let pl = 0;
    for (let n = 25; n >= 3; n -= 2) {
      ddMul(ph, pl, s2h, s2l);
      const th = DH;
      const tl = DL;
      ddDivD(1, 0, n);
      ddAdd(DH, DL, th, tl);
      ph = DH;
      pl = DL;
    }
    ddMul(ph, pl, s2h, s2l);
    ddAdd(1, 0, DH, DL);
    ddMul(DH, DL, sh, sl);
    lh = DH * 2;
    ll = DL * 2;
  } else {
    // one Newton step on exp(y) = m from y0 = log(m): y1 = y0 + m * exp(-y0) - 1
    const y0 = Math.log(m);
    expDD(-y0, 0);
    const s = 2 ** EK;
    ddMul(DH * s, DL * s, m, 0);
    ddAdd(DH, DL, -1, 0);
    ddAdd(y0, 0, DH, DL);
    lh = DH;
    ll = DL;
  }
  if (e !== 0) {
    twoProd(e, LN2_HI);
    const ah = DH;
    const al = DL;
    twoProd(e, LN2_LO);
    ddAdd(ah, al, DH, DL);
    ddAdd(DH, DL, lh, ll);
  } else {
    DH = lh;
    DL = ll;
  }
}

/** The double nearest to (h + l) * 2^k (h + l normalized), subnormal results rounded once. */
function scaleRound(h: number, l: number, k: number): number {
  const r = ldexp(h, k);
  if (!Number.isFinite(r) || Math.abs(r) >= 2.2250738585072014e-308) return r;
  // subnormal: round the exact sum at the subnormal precision
  if (h === 0) return 0;
  const [mh, eh] = frexpInt(h);
  let num = BigInt(mh) * (h < 0 ? -1n : 1n);
  let e = eh;
  if (l !== 0) {
    const [ml, el] = frexpInt(l);
    const lb = BigInt(ml) * (l < 0 ? -1n : 1n);
    if (el < e) {
      num = (num << BigInt(e - el)) + lb;
      e = el;
    } else num += lb << BigInt(el - e);
  }
  const neg = num < 0n;
  const v = ratioToDouble(neg ? -num : num, 1n, e + k);
  return neg ? -v : v;
}

/** round(x) for a float: the nearest int, ties to even. */
export function floatRoundToInt(x: number): Int {
  const t = Math.trunc(x);
  const diff = Math.abs(x - t);
  let r = t;
  if (diff > 0.5 || (diff === 0.5 && Math.abs(t) % 2 === 1)) r = t + (x < 0 ? -1 : 1);
  return floatToInt(r);
}

/** round(x, ndigits) for a float (CPython's double_round, correctly rounded). */
export function floatRound(x: number, ndigits: number): number {
  if (!Number.isFinite(x)) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  if (x === 0) return x;
  const neg = x < 0;
  const d = dtoa(neg ? -x : x, 3, ndigits);
  const r = Number(`${neg ? "-" : ""}0${d.digits}e${d.decpt - d.digits.length}`);
  if (!Number.isFinite(r)) throw newException(OverflowError, "rounded value too large to represent");
  return r;
}

/** Identity hashes for NaNs (CPython hashes a NaN by the object's address). */
const nanHashes = new WeakMap<object, number>();
let nextNanHash = 0x1f3a5;
export function identityHash(o: object): number {
  let h = nanHashes.get(o);
  if (h === undefined) {
    h = nextNanHash;
    nextNanHash = (nextNanHash + 0x9e3779b1) % 2 ** 50;
    nanHashes.set(o, h);
  }
  return h;
}

/** hash(float) for the float object `o` holding `x`. */
export function floatObjectHash(o: object, x: number): Int {
  return Number.isNaN(x) ? identityHash(o) : floatHash(x);
}

// ---------------------------------------------------------------------------------------------------
// float ↔ str

/** C's isspace in the "C" locale. */
function isCSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * CPython's _Py_string_to_number_with_underscores check: underscores only between digits. Returns the
 * string without them, or null.
 */
export function removeNumberUnderscores(s: string): string | null {
  if (!s.includes("_")) return s;
  let out = "";
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return null;
    if (c === 95) {
      if (!(prev >= 48 && prev <= 57)) return null;
    } else {
      out += s[i];
      if (prev === 95 && !(c >= 48 && c <= 57)) return null;
    }
    prev = c;
  }
  if (prev === 95) return null;
  return out;
}

const FLOAT_FULL = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|infinity|inf|nan)$/i;

/** Value of a string matched by the float grammar (a decimal literal, inf, infinity or nan with a sign). */
function floatLiteralValue(t: string): number {
  const c = t.charCodeAt(t.length - 1) | 0x20;
  if (c === 0x6e /* n: nan */ && (t.charCodeAt(t.length - 2) | 0x20) === 0x61) return Number.NaN;
  if (c === 0x66 /* f */ || c === 0x79 /* y */) return t.charCodeAt(0) === 45 ? -Infinity : Infinity;
  return Number(t);
}

/** float(s) on an ASCII string (underscores and whitespace allowed as CPython does); null when invalid. */
export function parseFloatString(s: string): number | null {
  const u = removeNumberUnderscores(s);
  if (u === null) return null;
  let a = 0;
  let b = u.length;
  while (a < b && isCSpace(u.charCodeAt(a))) a++;
  while (b > a && isCSpace(u.charCodeAt(b - 1))) b--;
  if (a === b) return null;
  const t = u.slice(a, b);
  if (!FLOAT_FULL.test(t)) return null;
  return floatLiteralValue(t);
}

const FLOAT_PREFIX = /[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|infinity|inf|nan)/iy;

/**
 * PyOS_string_to_double on a prefix: the float literal at s[pos...] and the position after it, or
 * null when there is none.
 */
export function parseFloatPrefix(s: string, pos: number): [number, number] | null {
  FLOAT_PREFIX.lastIndex = pos;
  const m = FLOAT_PREFIX.exec(s);
  if (m === null) return null;
  return [floatLiteralValue(m[0]), pos + m[0].length];
}

/** float(str) for a str (PyFloat_FromString), with CPython's message naming `orig`. */
export function floatFromStr(s: Str, orig: PyObject = s): number {
  const v = parseFloatString(transformDecimalAndSpace(s));
  if (v === null) throw valueError(`could not convert string to float: ${repr200(orig)}`);
  return v;
}

/** float(o) (CPython's PyNumber_Float), as a double. */
export function numberToFloat(o: PyObject): number {
  if (o instanceof PyFloat && o.type === FloatType) return o.value;
  const i = typeof o === "object" ? undefined : asInt(o);
  if (i !== undefined) return intToFloat(i);
  const t = typeOf(o);
  const ff = t.lookup("__float__");
  if (ff !== undefined && ff !== None) {
    const r = callDescriptor(ff, o, []);
    if (!(r instanceof PyFloat)) {
      throw typeError(`${t.name}.__float__ returned non-float (type ${typeName(r)})`);
    }
    if (r.type !== FloatType) {
      numberWarnings.warn(
        DeprecationWarning,
        `${t.name}.__float__ returned non-float (type ${typeName(r)}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`,
      );
    }
    return r.value;
  }
  const fi = t.lookup("__index__");
  if (fi !== undefined && fi !== None) return intToFloat(toIndex(o));
  if (o instanceof PyFloat) return o.value;
  const s = asStr(o);
  if (s !== undefined) return floatFromStr(s, o);
  const data = getBuffer(o);
  if (data !== undefined) {
    const v = parseFloatString(bytesToLatin1(data));
    if (v === null) throw valueError(`could not convert string to float: ${repr200(o)}`);
    return v;
  }
  throw typeError(`float() argument must be a string or a real number, not '${t.name}'`);
}

/** PyFloat_AsDouble: floats, objects with __float__ or __index__; "must be real number, not X" otherwise. */
export function floatAsDouble(o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  const i = typeof o === "object" ? undefined : asInt(o);
  if (i !== undefined) return intToFloat(i);
  const t = typeOf(o);
  const ff = t.lookup("__float__");
  if (ff === undefined || ff === None) {
    const fi = t.lookup("__index__");
    if (fi !== undefined && fi !== None) return intToFloat(toIndex(o));
    throw typeError(`must be real number, not ${t.name}`);
  }
  const r = callDescriptor(ff, o, []);
  if (!(r instanceof PyFloat)) throw typeError(`${t.name}.__float__() must return a float, not ${typeName(r)}`);
  if (r.type !== FloatType) {
    numberWarnings.warn(
      DeprecationWarning,
      `${t.name}.__float__() must return a float, not ${typeName(r)}.  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`,
    );
  }
  return r.value;
}

// ---------------------------------------------------------------------------------------------------
// hex / fromhex

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** float.hex() */
export function floatHex(x: number): string {
  if (!Number.isFinite(x)) return floatRepr(x);
  if (x === 0) return Object.is(x, -0) ? "-0x0.0p+0" : "0x0.0p+0";
  f64[0] = x;
  const hi = u32[HI]!;
  const lo = u32[1 - HI]!;
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff).toString(16).padStart(5, "0") + lo.toString(16).padStart(8, "0");
  const lead = bexp === 0 ? "0" : "1";
  const e = bexp === 0 ? -1022 : bexp - 1023;
  return `${x < 0 ? "-" : ""}0x${lead}.${frac}p${e < 0 ? "-" : "+"}${Math.abs(e)}`;
}

const HEX_FLOAT =
  /^[ \t\n\v\f\r]*([+-]?)(?:(infinity|inf|nan)|(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?)[ \t\n\v\f\r]*$/i;

/** float.fromhex(s) */
export function floatFromHex(s: string): number {
  const m = HEX_FLOAT.exec(s);
  if (m === null) throw valueError("invalid hexadecimal floating-point string");
  const neg = m[1] === "-";
  if (m[2] !== undefined) {
    const v = m[2].length === 3 && (m[2][0] === "n" || m[2][0] === "N") ? Number.NaN : Infinity;
    return neg ? -v : v;
  }
  const ip = m[3] ?? "";
  const fp = m[4] ?? "";
  if (ip.length + fp.length === 0) throw valueError("invalid hexadecimal floating-point string");
  let mant = BigInt("0x0" + ip + fp);
  const exp = m[5] === undefined ? 0 : Number(m[5]);
  let x = 0;
  if (mant !== 0n) {
    // scale exponents far out of range down to ones that still overflow or underflow
    let e = exp - 4 * fp.length;
    if (e > 1e6) e = 1e6;
    if (e < -1e6) e = -1e6;
    if (mant < 0n) mant = -mant;
    x = ratioToDouble(mant, 1n, e);
    if (x === Infinity) throw newException(OverflowError, "hexadecimal value too large to represent as a float");
  }
  return neg ? -x : x;
}

// ---------------------------------------------------------------------------------------------------
// float(x)

defStatic(FloatType, "__new__", (args, kwnames) => {
  const cls = checkNewArgs(FloatType, args);
  noKwargs("float", kwnames);
  const x = args[1];
  if (args.length > 2) throw typeError(`float expected at most 1 argument, got ${args.length - 1}`);
  if (cls === FloatType) {
    if (x === undefined) return new PyFloat(0);
    if (x instanceof PyFloat && x.type === FloatType) return x;
    return new PyFloat(numberToFloat(x));
  }
  return new PyFloatSub(x === undefined ? 0 : numberToFloat(x), cls);
});

// ---------------------------------------------------------------------------------------------------
// Special methods

function selfFloat(self: PyObject): number {
  if (self instanceof PyFloat) return self.value;
  throw typeError(`descriptor requires a 'float' object but received a '${typeName(self)}'`);
}

/** An exact float with the value of `self` (float_float). */
function exactFloat(self: PyObject): PyFloat {
  if (self instanceof PyFloat && self.type === FloatType) return self;
  return new PyFloat(selfFloat(self));
}

defMethod(FloatType, "__repr__", (self, args, kwnames) => {
  wrapperArgs("__repr__", args, kwnames, 0);
  return floatRepr(selfFloat(self));
});

defMethod(FloatType, "__hash__", (self, args, kwnames) => {
  wrapperArgs("__hash__", args, kwnames, 0);
  return floatObjectHash(self, selfFloat(self));
});

/** Compares a float with a float or an int: -1, 0, 1, NaN (unordered), or undefined for other types. */
function compareWith(x: number, other: PyObject): number | undefined {
  if (other instanceof PyFloat) {
    const y = other.value;
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : Number.NaN;
  }
  const i = asInt(other);
  if (i === undefined) return undefined;
  return compareFloatInt(x, i);
}

function defCompare(name: string, test: (c: number) => boolean): void {
  defMethod(FloatType, name, (self, args, kwnames) => {
    wrapperArgs(name, args, kwnames, 1);
    const c = compareWith(selfFloat(self), args[0]);
    if (c === undefined) return NotImplemented;
    return test(c);
  });
}
defCompare("__lt__", (c) => c < 0);
defCompare("__le__", (c) => c <= 0);
defCompare("__eq__", (c) => c === 0);
defCompare("__ne__", (c) => c !== 0);
defCompare("__gt__", (c) => c > 0);
defCompare("__ge__", (c) => c >= 0);

function defBinary(name: string, f: (a: number, b: number) => PyObject): void {
  defMethod(FloatType, `__${name}__`, (self, args, kwnames) => {
    wrapperArgs(`__${name}__`, args, kwnames, 1);
    const a = selfFloat(self);
    const b = toDouble(args[0]);
    if (b === undefined) return NotImplemented;
    return f(a, b);
  });
  defMethod(FloatType, `__r${name}__`, (self, args, kwnames) => {
    wrapperArgs(`__r${name}__`, args, kwnames, 1);
    const b = selfFloat(self);
    const a = toDouble(args[0]);
    if (a === undefined) return NotImplemented;
    return f(a, b);
  });
}

defBinary("add", (a, b) => new PyFloat(a + b));
defBinary("sub", (a, b) => new PyFloat(a - b));
defBinary("mul", (a, b) => new PyFloat(a * b));
defBinary("mod", (a, b) => new PyFloat(floatMod(a, b)));
defBinary("divmod", (a, b) => {
  const [q, r] = floatDivmod(a, b);
  return new PyTuple([new PyFloat(q), new PyFloat(r)]);
});
defBinary("floordiv", (a, b) => new PyFloat(floatFloorDiv(a, b)));
defBinary("truediv", (a, b) => new PyFloat(floatTrueDiv(a, b)));

function defPow(name: string, reflected: boolean): void {
  defMethod(FloatType, name, (self, args, kwnames) => {
    ternaryArgs(name, args, kwnames);
    if (args.length > 1 && args[1] !== None) {
      throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
    }
    const s = selfFloat(self);
    const o = toDouble(args[0]);
    if (o === undefined) return NotImplemented;
    return reflected ? floatPow(o, s) : floatPow(s, o);
  });
}
defPow("__pow__", false);
defPow("__rpow__", true);

function defUnary(name: string, f: (x: number, self: PyObject) => PyObject): void {
  defMethod(FloatType, name, (self, args, kwnames) => {
    wrapperArgs(name, args, kwnames, 0);
    return f(selfFloat(self), self);
  });
}

defUnary("__neg__", (x) => new PyFloat(-x));
defUnary("__pos__", (_x, self) => exactFloat(self));
defUnary("__abs__", (x) => new PyFloat(Math.abs(x)));
defUnary("__bool__", (x) => x !== 0);
defUnary("__int__", (x) => floatToInt(x));
defUnary("__float__", (_x, self) => exactFloat(self));

function defNoArgs(name: string, f: (x: number, self: PyObject) => PyObject): void {
  defMethod(FloatType, name, (self, args, kwnames) => {
    checkArity(`float.${name}`, args, kwnames, 0, 0);
    return f(selfFloat(self), self);
  });
}

defNoArgs("__trunc__", (x) => floatToInt(x));
defNoArgs("__floor__", (x) => floatToInt(Math.floor(x)));
defNoArgs("__ceil__", (x) => floatToInt(Math.ceil(x)));

defMethod(FloatType, "__round__", (self, args, kwnames) => {
  noKwargs("float.__round__", kwnames);
  checkArity("__round__", args, null, 0, 1);
  const x = selfFloat(self);
  const nd = args[0];
  if (nd === undefined || nd === None) return floatRoundToInt(x);
  return new PyFloat(floatRound(x, indexClipped(nd)));
});

defNoArgs("__getnewargs__", (x) => new PyTuple([new PyFloat(x)]));

defClassMethod(FloatType, "__getformat__", (_cls, args, kwnames) => {
  checkArity("float.__getformat__", args, kwnames, 1, 1);
  const s = asStr(args[0]);
  if (s === undefined) throw typeError(`__getformat__() argument must be str, not ${typeName(args[0])}`);
  if (s !== "double" && s !== "float") throw valueError("__getformat__() argument 1 must be 'double' or 'float'");
  return "IEEE, little-endian";
});

defMethod(FloatType, "__format__", (self, args, kwnames) => {
  checkArity("float.__format__", args, kwnames, 1, 1);
  const spec = asStr(args[0]);
  if (spec === undefined) throw typeError(`__format__() argument must be str, not ${typeName(args[0])}`);
  const x = selfFloat(self);
  if (spec === "" || (spec instanceof PyCodePointStr && spec.codePoints.length === 0)) {
    return self.type === FloatType ? floatRepr(x) : strOf(self);
  }
  return formatFloatSpec(x, spec, typeName(self));
});

// ---------------------------------------------------------------------------------------------------
// Public methods (alphabetical)

defNoArgs("as_integer_ratio", (x) => {
  if (Number.isNaN(x)) throw valueError("cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) throw newException(OverflowError, "cannot convert Infinity to integer ratio");
  if (x === 0) return new PyTuple([0, 1]);
  const [m, e] = frexpInt(x);
  const sm = x < 0 ? -m : m;
  if (e >= 0) return new PyTuple([normBig(BigInt(sm) << BigInt(e)), 1]);
  return new PyTuple([sm, normBig(1n << BigInt(-e))]);
});

defNoArgs("conjugate", (_x, self) => exactFloat(self));

defClassMethod(FloatType, "fromhex", (cls, args, kwnames) => {
  checkArity("float.fromhex", args, kwnames, 1, 1);
  const s = asStr(args[0]);
  if (s === undefined) throw typeError("bad argument type for built-in operation");
  const x = floatFromHex(typeof s === "string" ? s : String.fromCodePoint(...s.codePoints));
  const r = new PyFloat(x);
  if (cls === FloatType) return r;
  return call(cls, [r]);
});

defNoArgs("hex", (x) => floatHex(x));

defNoArgs("is_integer", (x) => Number.isFinite(x) && Math.floor(x) === x);

// ---------------------------------------------------------------------------------------------------
// Attributes

defGetSet(FloatType, "real", (self) => exactFloat(self));
defGetSet(FloatType, "imag", () => new PyFloat(0));
