// The `math` module (CPython's Modules/mathmodule.c): the C library functions with CPython's error rules
// (math_1/math_2: "math domain error" for invalid arguments and singularities, "math range error" for
// overflow), the functions CPython implements itself (gamma, lgamma, fsum, hypot, dist, sumprod,
// nextafter, ulp, remainder, ...) and the exact integer functions (gcd, lcm, isqrt, factorial, comb,
// perm) on ints of any size.

import { FloatType, IntType, None, typeOf } from "../objects/builtin_types.js";
import {
  MemoryError,
  newException,
  OverflowError,
  overflowError,
  TypeError,
  typeError,
  ValueError,
  valueError,
  ZeroDivisionError,
} from "../objects/exceptions.js";
import { PyFloat } from "../objects/float.js";
import {
  asInt,
  big,
  bigBitLength,
  floatToInt,
  type Int,
  intAbs,
  intAdd,
  intFloorDiv,
  intMul,
  intToFloat,
  normBig,
  ratioToDouble,
} from "../objects/int.js";
import { PyModule } from "../objects/module.js";
import type { PyObject } from "../objects/object.js";
import { PyTuple } from "../objects/tuple.js";
import { binaryOp, callDescriptor, getIter, iterNext, NB_ADD, NB_MULTIPLY, toArray, typeName } from "../vm/abstract.js";
import { libm } from "./libm.js";
import { asDouble, asIndex, defFunction, oneArg, positional, pyFloat, unpackKeywords } from "./native_util.js";

// ---------------------------------------------------------------------------------------------------
// Bits of doubles

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const u64 = new BigUint64Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;

function signBit(x: number): boolean {
  f64[0] = x;
  return (u32[HI]! & 0x80000000) !== 0;
}

function copysign(x: number, y: number): number {
  const ax = Math.abs(x);
  return signBit(y) ? -ax : ax;
}

function bitsOf(x: number): bigint {
  f64[0] = x;
  return u64[0]!;
}

function fromBits(b: bigint): number {
  u64[0] = b;
  return f64[0]!;
}

/** 2 ** e for -1074 <= e <= 1023, exactly. */
function pow2(e: number): number {
  if (e >= -1022) {
    u32[HI] = (e + 1023) << 20;
    u32[1 - HI] = 0;
    return f64[0]!;
  }
  const k = e + 1074;
  u32[HI] = k >= 32 ? 1 << (k - 32) : 0;
  u32[1 - HI] = k < 32 ? (1 << k) >>> 0 : 0;
  return f64[0]!;
}

/** C's frexp: x = m * 2**e with 0.5 <= |m| < 1 (x finite and non-zero). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  f64[0] = x;
  let hi = u32[HI]!;
  let e = (hi >>> 20) & 0x7ff;
  let adj = 0;
  if (e === 0) {
    f64[0] = x * 18014398509481984; // 2**54: subnormal → normal
    hi = u32[HI]!;
    e = (hi >>> 20) & 0x7ff;
    adj = -54;
  }
  u32[HI] = (hi & 0x800fffff) | (1022 << 20);
  return [f64[0]!, e - 1022 + adj];
}

/** C's ldexp: x * 2**e correctly rounded (one rounding, also for subnormal results). */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, ex] = frexp(x);
  const t = ex + e;
  if (t > 1024) return x > 0 ? Infinity : -Infinity;
  if (t >= -1021) return m * 2 * pow2(t - 1);
  if (t >= -1074) return m * pow2(t);
  return x > 0 ? 0 : -0;
}

/** IEEE nextafter(x, y). */
function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const b = bitsOf(x);
  return fromBits(x < y === x > 0 ? b + 1n : b - 1n);
}

// ---------------------------------------------------------------------------------------------------
// Exact arithmetic on doubles

/** x as sign * m * 2**e with m a bigint (x finite). */
function decompose(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  const [m, e] = frexp(x);
  // m * 2**53 is an integer
  return [BigInt(m * 9007199254740992), e - 53];
}

/** fma(x, y, z) = x*y + z with a single rounding (exact in bigints). */
export function fma(x: number, y: number, z: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return x * y + z;
  if (!Number.isFinite(z)) return z;
  const [mx, ex] = decompose(x);
  const [my, ey] = decompose(y);
  const [mz, ez] = decompose(z);
  const mp = mx * my;
  if (mp === 0n || mz === 0n) {
    if (mp === 0n && mz === 0n) return x * y + z; // signed zeros as IEEE says
    if (mz === 0n) return roundExact(mp, ex + ey);
    return z;
  }
  const ep = ex + ey;
  const e = Math.min(ep, ez);
  const sum = (mp << BigInt(ep - e)) + (mz << BigInt(ez - e));
  if (sum === 0n) return 0;
  return roundExact(sum, e);
}

/** The double nearest to n * 2**e (ties to even, overflow to infinity). */
function roundExact(n: bigint, e: number): number {
  const neg = n < 0n;
  const r = ratioToDouble(neg ? -n : n, 1n, e);
  return neg ? -r : r;
}

// Double-length products and sums (Ogita, Rump and Oishi), as CPython's DoubleLength helpers.
let DL_HI = 0;
let DL_LO = 0;

/** Error-free product: DL_HI + DL_LO == a * b exactly (when no overflow/underflow). */
function dlMul(a: number, b: number): void {
  const p = a * b;
  const aa = Math.abs(a);
  const ab = Math.abs(b);
  const ap = Math.abs(p);
  if (!(aa < 1e300 && ab < 1e300 && ap < 1e300 && (ap > 1e-275 || aa === 0 || ab === 0))) {
    DL_HI = p;
    DL_LO = Number.isFinite(p) ? fma(a, b, -p) : 0;
    return;
  }
  let t = 134217729 * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = 134217729 * b;
  const bh = t - (t - b);
  const bl = b - bh;
  DL_HI = p;
  DL_LO = ah * bh - p + ah * bl + al * bh + al * bl;
}

/** Error-free sum (Algorithm 3.1). */
function dlSum(a: number, b: number): void {
  const x = a + b;
  const z = x - a;
  DL_LO = a - (x - z) + (b - z);
  DL_HI = x;
}

// ---------------------------------------------------------------------------------------------------
// Error rules (CPython's math_1, math_2, is_error)

const EDOM = 33;
const ERANGE = 34;
/** errno of the C functions that set it (gamma, lgamma). */
let errno = 0;

function domainError() {
  return newException(ValueError, "math domain error");
}

function rangeError() {
  return newException(OverflowError, "math range error");
}

/** CPython's is_error: raises for EDOM, and for ERANGE unless the result is an underflow. */
function checkErrno(r: number): number {
  if (errno === EDOM) throw domainError();
  if (errno === ERANGE && Math.abs(r) >= 1.5) throw rangeError();
  return r;
}

/** math_1: a NaN from a non-NaN is a domain error; an infinity from a finite is overflow or singularity. */
function math1(x: number, f: (x: number) => number, canOverflow: boolean): number {
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
  if (!Number.isFinite(r) && Number.isFinite(x)) {
    if (canOverflow) throw rangeError();
    throw domainError();
  }
  return r;
}

/** math_1a: the function reports errors through errno. */
function math1a(x: number, f: (x: number) => number): number {
  errno = 0;
  const r = f(x);
  if (errno !== 0) checkErrno(r);
  return r;
}

/** math_2: NaN from non-NaNs is EDOM, an infinity from finites is ERANGE. */
function math2(x: number, y: number, f: (x: number, y: number) => number): number {
  const r = f(x, y);
  if (Number.isNaN(r)) {
    if (!Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
  } else if (!Number.isFinite(r)) {
    if (Number.isFinite(x) && Number.isFinite(y)) throw rangeError();
  }
  return r;
}

// ---------------------------------------------------------------------------------------------------
// Functions CPython implements itself

function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0:
      r = libm.sin(Math.PI * y);
      break;
    case 1:
      r = libm.cos(Math.PI * (y - 0.5));
      break;
    case 2:
      r = libm.sin(Math.PI * (1.0 - y));
      break;
    case 3:
      r = -libm.cos(Math.PI * (y - 1.5));
      break;
    default:
      r = libm.sin(Math.PI * (y - 2.0));
      break;
  }
  return copysign(1.0, x) * r;
}

const LANCZOS_G = 6.02468004077673;
const LANCZOS_G_MINUS_HALF = 5.52468004077673;
// Lanczos' sum as a rational function (the coefficients of CPython's mathmodule.c, computed with MPFR).
const LANCZOS_NUM = [
  23531376880.41076, 42919803642.6491, 35711959237.35567, 17921034426.03721, 6039542586.352028, 1439720407.3117216,
  248874557.86205417, 31426415.585400194, 2876370.6289353725, 186056.26539522348, 8071.672002365816, 210.82427775157936,
  2.5066282746310002,
];
const LANCZOS_DEN = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0,
  66.0, 1.0,
];
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0, 6227020800.0,
  87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000, 121645100408832000,
  2432902008176640000, 51090942171709440000, 1.1240007277776077e21,
];
const LOGPI = 1.1447298858494002;

function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i]!;
      den = den * x + LANCZOS_DEN[i]!;
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i]!;
      den = den / x + LANCZOS_DEN[i]!;
    }
  }
  return num / den;
}

function tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    errno = EDOM;
    return Number.NaN;
  }
  if (x === 0) {
    errno = EDOM;
    return copysign(Infinity, x);
  }
  if (x === Math.floor(x)) {
    if (x < 0) {
      errno = EDOM;
      return Number.NaN;
    }
    if (x <= 23) return GAMMA_INTEGRAL[x - 1]!;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) errno = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    errno = ERANGE;
    return Infinity;
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0.0) {
    r = ((-Math.PI / sinpi(absx) / absx) * libm.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libm.exp(y);
    r += z * r;
    if (absx < 140.0) r *= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) errno = ERANGE;
  return r;
}

function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      errno = EDOM;
      return Infinity;
    }
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libm.log(absx);
  let r = libm.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libm.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - libm.log(Math.abs(sinpi(absx))) - libm.log(absx) - r;
  if (!Number.isFinite(r)) errno = ERANGE;
  return r;
}

function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) {
      if (copysign(1, x) === 1) return copysign(0.25 * Math.PI, y);
      return copysign(0.75 * Math.PI, y);
    }
    return copysign(0.5 * Math.PI, y);
  }
  if (!Number.isFinite(x) || y === 0) {
    if (copysign(1, x) === 1) return copysign(0, y);
    return copysign(Math.PI, y);
  }
  return libm.atan2(y, x);
}

function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0.0) return Number.NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return copysign(1.0, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return Number.NaN;
  return x;
}

function mlog(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0.0) return libm.log(x);
    return x === 0.0 ? -Infinity : Number.NaN;
  }
  if (Number.isNaN(x)) return x;
  return x > 0.0 ? x : Number.NaN;
}

function mlog2(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return x;
    return x > 0.0 ? x : Number.NaN;
  }
  if (x > 0.0) return libm.log2(x);
  return x === 0.0 ? -Infinity : Number.NaN;
}

function mlog10(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0.0) return libm.log10(x);
    return x === 0.0 ? -Infinity : Number.NaN;
  }
  if (Number.isNaN(x)) return x;
  return x > 0.0 ? x : Number.NaN;
}

function mlog1p(x: number): number {
  if (x === 0.0) return x; // keeps the sign of zero
  return libm.log1p(x);
}

/** CPython's math_pow_impl: IEEE special values handled before calling pow. */
function mpow(x: number, y: number): number {
  let r: number;
  errno = 0;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) r = y === 0 ? 1 : x;
    else if (Number.isNaN(y)) r = x === 1 ? 1 : y;
    else if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2.0 === 1.0;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? copysign(0, x) : 0;
    } else if (Math.abs(x) === 1.0) r = 1;
    else if (y > 0 && Math.abs(x) > 1.0) r = y;
    else if (y < 0 && Math.abs(x) < 1.0) r = -y;
    else r = 0;
  } else {
    r = libm.pow(x, y);
    if (!Number.isFinite(r)) {
      if (Number.isNaN(r)) errno = EDOM;
      else errno = x === 0 ? EDOM : ERANGE;
    }
  }
  if (errno !== 0) checkErrno(r);
  return r;
}

/** Euclidean norm of non-negative finite `vec` whose largest element is `max` (CPython's vector_norm). */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (!Number.isFinite(max)) return max;
  if (foundNan) return Number.NaN;
  if (max === 0.0 || n <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    const DBL_MIN = 2.2250738585072014e-308;
    for (let i = 0; i < n; i++) vec[i]! /= DBL_MIN;
    return DBL_MIN * vectorNorm(vec, max / DBL_MIN, foundNan);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  for (let i = 0; i < n; i++) {
    const x = vec[i]! * scale;
    dlMul(x, x);
    const prLo = DL_LO;
    // dl_fast_sum(csum, pr.hi): |csum| >= |pr.hi|
    const sx = csum + DL_HI;
    const sy = csum - sx + DL_HI;
    csum = sx;
    frac1 += prLo;
    frac2 += sy;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  dlMul(-h, h);
  const prLo = DL_LO;
  const sx = csum + DL_HI;
  const sy = csum - sx + DL_HI;
  csum = sx;
  frac1 += prLo;
  frac2 += sy;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

// ---------------------------------------------------------------------------------------------------
// Integer helpers

/** Product of the integers lo, lo+step, ..., < hi (bigints), by balanced splitting. */
function rangeProduct(lo: bigint, hi: bigint, step: bigint): bigint {
  const n = (hi - lo + step - 1n) / step;
  if (n <= 0n) return 1n;
  if (n <= 16n) {
    let p = 1n;
    for (let v = lo; v < hi; v += step) p *= v;
    return p;
  }
  const mid = lo + (n / 2n) * step;
  return rangeProduct(lo, mid, step) * rangeProduct(mid, hi, step);
}

const SMALL_FACTORIALS: number[] = [1];
for (let i = 1; i <= 18; i++) SMALL_FACTORIALS.push(SMALL_FACTORIALS[i - 1]! * i);

/** n! for 0 <= n (a JS number), via the odd part (divide and conquer) and a final shift. */
function factorialOf(n: number): Int {
  if (n <= 18) return SMALL_FACTORIALS[n]!;
  // n! = oddpart * 2**(n - popcount(n)); oddpart = prod over i of (odd numbers in (n>>(i+1), n>>i]) ** (i+1)
  let inner = 1n;
  let outer = 1n;
  const bits = Math.floor(Math.log2(n)) + 1;
  for (let i = bits - 1; i >= 0; i--) {
    const upper = BigInt(Math.floor(n / 2 ** i) + 1) | 1n;
    const lower = BigInt(Math.floor(n / 2 ** (i + 1)) + 1) | 1n;
    if (lower < upper) inner *= rangeProduct(lower, upper, 2n);
    outer *= inner;
  }
  let pop = 0;
  for (let v = n; v > 0; v = Math.floor(v / 2)) pop += v % 2;
  return normBig(outer << BigInt(n - pop));
}

function factorialChecked(n: Int): Int {
  if (typeof n === "bigint") {
    if (n > LLONG_MAX) throw overflowError(`factorial() argument should not exceed ${LLONG_MAX}`);
    throw newException(MemoryError);
  }
  return bigOrMemoryError(() => factorialOf(n as number));
}

/** Runs a big-int computation; V8's "Maximum BigInt size exceeded" becomes MemoryError. */
function bigOrMemoryError(f: () => Int): Int {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) throw newException(MemoryError);
    throw e;
  }
}

function gcd2(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    let p = Math.abs(a);
    let q = Math.abs(b);
    while (q !== 0) {
      const t = p % q;
      p = q;
      q = t;
    }
    return p;
  }
  let x = big(a);
  let y = big(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return normBig(x);
}

function isqrtOf(n: Int): Int {
  if (typeof n === "number" && n < 2 ** 50) {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  const b = big(n);
  const bits = bigBitLength(b);
  const shift = (bits - 52) & ~1;
  const top = Number(b >> BigInt(shift));
  let x = (BigInt(Math.floor(Math.sqrt(top))) + 1n) << BigInt(shift / 2);
  for (;;) {
    const y = (x + b / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  return normBig(x);
}

const LLONG_MAX = 9223372036854775807n;

function isNegative(v: Int): boolean {
  return v < 0;
}

function perm(n: Int, k: Int): Int {
  if (k > n) return 0;
  if (big(k) > LLONG_MAX) throw overflowError(`k must not exceed ${LLONG_MAX}`);
  if (k === 0) return 1;
  const bn = big(n);
  return bigOrMemoryError(() => normBig(rangeProduct(bn - big(k) + 1n, bn + 1n, 1n)));
}

function comb(n: Int, k: Int): Int {
  if (k > n) return 0;
  let kk = big(k);
  const bn = big(n);
  if (bn - kk < kk) kk = bn - kk;
  if (kk > LLONG_MAX) throw overflowError(`min(n - k, k) must not exceed ${LLONG_MAX}`);
  if (kk === 0n) return 1;
  if (kk < 64n) {
    let r = 1n;
    for (let i = 0n; i < kk; i++) r = (r * (bn - i)) / (i + 1n);
    return normBig(r);
  }
  return bigOrMemoryError(() => normBig(rangeProduct(bn - kk + 1n, bn + 1n, 1n) / big(factorialOf(Number(kk)))));
}

// ---------------------------------------------------------------------------------------------------
// Arithmetic on Python numbers with fast paths (sums and products of ints and floats)

function isExactFloat(o: PyObject): o is PyFloat {
  return o instanceof PyFloat && o.type === FloatType;
}

function isExactInt(o: PyObject): o is Int {
  return typeof o === "number" || typeof o === "bigint";
}

function numAdd(a: PyObject, b: PyObject): PyObject {
  if (isExactInt(a)) {
    if (isExactInt(b)) return intAdd(a, b);
    if (isExactFloat(b)) return new PyFloat(intToFloat(a) + b.value);
  } else if (isExactFloat(a)) {
    if (isExactFloat(b)) return new PyFloat(a.value + b.value);
    if (isExactInt(b)) return new PyFloat(a.value + intToFloat(b));
  }
  return binaryOp(a, b, NB_ADD);
}

function numMul(a: PyObject, b: PyObject): PyObject {
  if (isExactInt(a)) {
    if (isExactInt(b)) return intMul(a, b);
    if (isExactFloat(b)) return new PyFloat(intToFloat(a) * b.value);
  } else if (isExactFloat(a)) {
    if (isExactFloat(b)) return new PyFloat(a.value * b.value);
    if (isExactInt(b)) return new PyFloat(a.value * intToFloat(b));
  }
  return binaryOp(a, b, NB_MULTIPLY);
}

const LONG_MIN = -(2n ** 63n);

/** Whether an int fits a C long (64 bits). */
function fitsLong(v: Int): boolean {
  return typeof v === "number" || (v <= LLONG_MAX && v >= LONG_MIN);
}

// ---------------------------------------------------------------------------------------------------
// The module

export function makeMathModule(): PyModule {
  const m = new PyModule(
    "math",
    "This module provides access to the mathematical functions\ndefined by the C standard.",
  );
  const d = m.dict;
  d.setStr("pi", pyFloat(Math.PI));
  d.setStr("e", pyFloat(Math.E));
  d.setStr("tau", pyFloat(2 * Math.PI));
  d.setStr("inf", pyFloat(Infinity));
  d.setStr("nan", pyFloat(Number.NaN));

  const fn1 = (name: string, f: (x: number) => number, canOverflow: boolean) =>
    defFunction(m, name, (args, kw) => pyFloat(math1(asDouble(oneArg(`math.${name}`, args, kw)), f, canOverflow)));
  const fn1a = (name: string, f: (x: number) => number) =>
    defFunction(m, name, (args, kw) => pyFloat(math1a(asDouble(oneArg(`math.${name}`, args, kw)), f)));
  const fn2 = (name: string, f: (x: number, y: number) => number) =>
    defFunction(m, name, (args, kw) => {
      positional(name, `math.${name}`, args, kw, 2, 2);
      const x = asDouble(args[0]);
      const y = asDouble(args[1]);
      return pyFloat(math2(x, y, f));
    });

  fn1("acos", libm.acos, false);
  fn1("acosh", libm.acosh, false);
  fn1("asin", libm.asin, false);
  fn1("asinh", libm.asinh, false);
  fn1("atan", libm.atan, false);
  fn2("atan2", atan2);
  fn1("atanh", libm.atanh, false);
  fn1("cbrt", libm.cbrt, false);

  const roundingFn = (name: string, dunder: string, op: (x: number) => number) =>
    defFunction(m, name, (args, kw) => {
      const x = oneArg(`math.${name}`, args, kw);
      if (isExactFloat(x)) return floatToInt(op(x.value));
      const iv = asInt(x);
      if (iv !== undefined && typeOf(x).lookup(dunder) === IntType.lookup(dunder)) return iv;
      const f = typeOf(x).lookup(dunder);
      if (f !== undefined && f !== None) {
        if (!(x instanceof PyFloat && f === FloatType.lookup(dunder))) return callDescriptor(f, x, []);
      }
      return floatToInt(op(asDouble(x)));
    });
  roundingFn("ceil", "__ceil__", Math.ceil);
  fn2("copysign", copysign);
  fn1("cos", libm.cos, false);
  fn1("cosh", libm.cosh, true);

  defFunction(m, "comb", (args, kw) => {
    positional("comb", "math.comb", args, kw, 2, 2);
    const n = asIndex(args[0]);
    const k = asIndex(args[1]);
    if (isNegative(n)) throw valueError("n must be a non-negative integer");
    if (isNegative(k)) throw valueError("k must be a non-negative integer");
    return comb(n, k);
  });

  defFunction(m, "degrees", (args, kw) => pyFloat(asDouble(oneArg("math.degrees", args, kw)) * (180.0 / Math.PI)));

  defFunction(m, "dist", (args, kw) => {
    positional("dist", "math.dist", args, kw, 2, 2);
    const p = args[0] instanceof PyTuple ? args[0].items : toArray(args[0]);
    const q = args[1] instanceof PyTuple ? args[1].items : toArray(args[1]);
    if (p.length !== q.length) throw valueError("both points must have the same number of dimensions");
    const diffs: number[] = new Array(p.length);
    let max = 0.0;
    let foundNan = false;
    for (let i = 0; i < p.length; i++) {
      const px = asDouble(p[i]);
      const qx = asDouble(q[i]);
      const x = Math.abs(px - qx);
      diffs[i] = x;
      if (Number.isNaN(x)) foundNan = true;
      if (x > max) max = x;
    }
    return pyFloat(vectorNorm(diffs, max, foundNan));
  });

  fn1a("erf", libm.erf);
  fn1a("erfc", libm.erfc);
  fn1("exp", libm.exp, true);
  fn1("exp2", libm.exp2, true);
  fn1("expm1", libm.expm1, true);
  fn1("fabs", Math.abs, false);

  defFunction(m, "factorial", (args, kw) => {
    const n = asIndex(oneArg("math.factorial", args, kw));
    if (isNegative(n)) throw valueError("factorial() not defined for negative values");
    return factorialChecked(n);
  });

  roundingFn("floor", "__floor__", Math.floor);

  defFunction(m, "fma", (args, kw) => {
    positional("fma", "math.fma", args, kw, 3, 3);
    const x = asDouble(args[0]);
    const y = asDouble(args[1]);
    const z = asDouble(args[2]);
    const r = fma(x, y, z);
    if (Number.isFinite(r)) return pyFloat(r);
    if (Number.isNaN(r)) {
      if (!Number.isNaN(x) && !Number.isNaN(y) && !Number.isNaN(z)) throw valueError("invalid operation in fma");
    } else if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) {
      throw overflowError("overflow in fma");
    }
    return pyFloat(r);
  });

  defFunction(m, "fmod", (args, kw) => {
    positional("fmod", "math.fmod", args, kw, 2, 2);
    const x = asDouble(args[0]);
    const y = asDouble(args[1]);
    if (!Number.isFinite(y) && Number.isFinite(x) && !Number.isNaN(y)) return pyFloat(x);
    const r = x % y;
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
    return pyFloat(r);
  });

  defFunction(m, "frexp", (args, kw) => {
    const x = asDouble(oneArg("math.frexp", args, kw));
    const [mant, e] = frexp(x);
    return new PyTuple([pyFloat(mant), e]);
  });

  defFunction(m, "fsum", (args, kw) => pyFloat(fsum(oneArg("math.fsum", args, kw))));

  fn1a("gamma", tgamma);

  defFunction(m, "gcd", (args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError("math.gcd() takes no keyword arguments");
    if (args.length === 0) return 0;
    let res = asIndex(args[0]);
    if (args.length === 1) return intAbs(res);
    for (let i = 1; i < args.length; i++) {
      const x = asIndex(args[i]);
      if (res === 1) continue;
      res = gcd2(res, x);
    }
    return res;
  });

  defFunction(m, "hypot", (args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError("math.hypot() takes no keyword arguments");
    const coords: number[] = new Array(args.length);
    let max = 0.0;
    let foundNan = false;
    for (let i = 0; i < args.length; i++) {
      const x = Math.abs(asDouble(args[i]));
      coords[i] = x;
      if (Number.isNaN(x)) foundNan = true;
      if (x > max) max = x;
    }
    return pyFloat(vectorNorm(coords, max, foundNan));
  });

  defFunction(m, "isclose", (args, kw) => {
    const [a, b, rt, at] = unpackKeywords("isclose", args, kw, ["a", "b", "rel_tol", "abs_tol"], {
      posOnly: 0,
      minPos: 2,
      maxPos: 2,
      required: 2,
    });
    const x = asDouble(a);
    const y = asDouble(b);
    const relTol = rt === undefined ? 1e-9 : asDouble(rt);
    const absTol = at === undefined ? 0.0 : asDouble(at);
    if (relTol < 0.0 || absTol < 0.0) throw valueError("tolerances must be non-negative");
    if (x === y) return true;
    if (!Number.isFinite(x) && !Number.isNaN(x)) return false;
    if (!Number.isFinite(y) && !Number.isNaN(y)) return false;
    const diff = Math.abs(y - x);
    return diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol;
  });

  defFunction(m, "isfinite", (args, kw) => Number.isFinite(asDouble(oneArg("math.isfinite", args, kw))));
  defFunction(m, "isinf", (args, kw) => {
    const x = asDouble(oneArg("math.isinf", args, kw));
    return x === Infinity || x === -Infinity;
  });
  defFunction(m, "isnan", (args, kw) => Number.isNaN(asDouble(oneArg("math.isnan", args, kw))));

  defFunction(m, "isqrt", (args, kw) => {
    const n = asIndex(oneArg("math.isqrt", args, kw));
    if (isNegative(n)) throw valueError("isqrt() argument must be nonnegative");
    return isqrtOf(n);
  });

  defFunction(m, "lcm", (args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError("math.lcm() takes no keyword arguments");
    if (args.length === 0) return 1;
    let res = asIndex(args[0]);
    if (args.length === 1) return intAbs(res);
    for (let i = 1; i < args.length; i++) {
      const x = asIndex(args[i]);
      if (res === 0) continue;
      if (x === 0) {
        res = 0;
        continue;
      }
      const g = gcd2(res, x);
      res = intAbs(intMul(intFloorDiv(res, g), x));
    }
    return res;
  });

  defFunction(m, "ldexp", (args, kw) => {
    positional("ldexp", "math.ldexp", args, kw, 2, 2);
    const x = asDouble(args[0]);
    const i = asInt(args[1]);
    if (i === undefined) throw newException(TypeError, "Expected an int as second argument to ldexp.");
    if (x === 0 || !Number.isFinite(x)) return pyFloat(x);
    if (i > 2147483647) throw rangeError();
    if (i < -2147483648) return pyFloat(copysign(0, x));
    const r = ldexp(x, Number(i));
    if (!Number.isFinite(r)) throw rangeError();
    return pyFloat(r);
  });

  fn1a("lgamma", lgamma);

  defFunction(m, "log", (args, kw) => {
    positional("log", "math.log", args, kw, 1, 2);
    const num = logHelper(args[0], mlog);
    if (args.length === 1) return pyFloat(num);
    const den = logHelper(args[1], mlog);
    if (den === 0) throw newException(ZeroDivisionError, "float division by zero");
    return pyFloat(num / den);
  });
  defFunction(m, "log1p", (args, kw) => pyFloat(math1(asDouble(oneArg("math.log1p", args, kw)), mlog1p, false)));
  defFunction(m, "log10", (args, kw) => pyFloat(logHelper(oneArg("math.log10", args, kw), mlog10)));
  defFunction(m, "log2", (args, kw) => pyFloat(logHelper(oneArg("math.log2", args, kw), mlog2)));

  defFunction(m, "modf", (args, kw) => {
    const x = asDouble(oneArg("math.modf", args, kw));
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return new PyTuple([pyFloat(x), pyFloat(x)]);
      return new PyTuple([pyFloat(copysign(0, x)), pyFloat(x)]);
    }
    const ip = Math.trunc(x);
    return new PyTuple([pyFloat(copysign(x - ip, x)), pyFloat(ip)]);
  });

  defFunction(m, "nextafter", (args, kw) => {
    const [xo, yo, stepsObj] = unpackKeywords("nextafter", args, kw, ["x", "y", "steps"], {
      posOnly: 2,
      minPos: 2,
      maxPos: 2,
      required: 2,
    });
    const x = asDouble(xo);
    const y = asDouble(yo);
    if (stepsObj === undefined || stepsObj === None) return pyFloat(nextafter(x, y));
    const steps = asIndex(stepsObj);
    if (isNegative(steps)) throw valueError("steps must be a non-negative integer");
    const UINT64_MAX = 2n ** 64n - 1n;
    let usteps = big(steps);
    if (usteps > UINT64_MAX) usteps = UINT64_MAX;
    if (usteps === 0n) return pyFloat(x);
    if (Number.isNaN(x)) return pyFloat(x);
    if (Number.isNaN(y)) return pyFloat(y);
    const ux = bitsOf(x);
    const uy = bitsOf(y);
    if (ux === uy) return pyFloat(x);
    const SIGN = 1n << 63n;
    const ax = ux & ~SIGN;
    const ay = uy & ~SIGN;
    if (((ux ^ uy) & SIGN) !== 0n) {
      if (ax + ay <= usteps) return pyFloat(y);
      if (ax < usteps) return pyFloat(fromBits((uy & SIGN) | (usteps - ax)));
      return pyFloat(fromBits(ux - usteps));
    }
    if (ax > ay) return pyFloat(ax - ay >= usteps ? fromBits(ux - usteps) : y);
    return pyFloat(ay - ax >= usteps ? fromBits(ux + usteps) : y);
  });

  defFunction(m, "perm", (args, kw) => {
    positional("perm", "math.perm", args, kw, 1, 2);
    if (args.length === 1 || args[1] === None) {
      const n = asIndex(args[0]);
      if (isNegative(n)) throw valueError("factorial() not defined for negative values");
      return factorialChecked(n);
    }
    const n = asIndex(args[0]);
    const k = asIndex(args[1]);
    if (isNegative(n)) throw valueError("n must be a non-negative integer");
    if (isNegative(k)) throw valueError("k must be a non-negative integer");
    return perm(n, k);
  });

  defFunction(m, "pow", (args, kw) => {
    positional("pow", "math.pow", args, kw, 2, 2);
    const x = asDouble(args[0]);
    const y = asDouble(args[1]);
    return pyFloat(mpow(x, y));
  });

  defFunction(m, "prod", (args, kw) => {
    const [iterable, start] = unpackKeywords("prod", args, kw, ["iterable", "start"], {
      posOnly: 1,
      minPos: 1,
      maxPos: 1,
      required: 1,
    });
    const it = getIter(iterable);
    let result: PyObject = start === undefined ? 1 : start;
    for (;;) {
      const item = iterNext(it);
      if (item === undefined) return result;
      result = numMul(result, item);
    }
  });

  defFunction(m, "radians", (args, kw) => pyFloat(asDouble(oneArg("math.radians", args, kw)) * (Math.PI / 180.0)));
  fn2("remainder", remainder);
  fn1("sin", libm.sin, false);
  fn1("sinh", libm.sinh, true);
  fn1("sqrt", Math.sqrt, false);

  defFunction(m, "sumprod", (args, kw) => {
    positional("sumprod", "math.sumprod", args, kw, 2, 2);
    return sumprod(args[0], args[1]);
  });

  fn1("tan", libm.tan, false);
  fn1("tanh", libm.tanh, false);

  defFunction(m, "trunc", (args, kw) => {
    const x = oneArg("math.trunc", args, kw);
    if (isExactFloat(x)) return floatToInt(Math.trunc(x.value));
    const iv = asInt(x);
    if (iv !== undefined && typeOf(x).lookup("__trunc__") === IntType.lookup("__trunc__")) return iv;
    const f = typeOf(x).lookup("__trunc__");
    if (f !== undefined && f !== None) {
      if (x instanceof PyFloat && f === FloatType.lookup("__trunc__")) return floatToInt(Math.trunc(x.value));
      return callDescriptor(f, x, []);
    }
    throw typeError(`type ${typeName(x)} doesn't define __trunc__ method`);
  });

  defFunction(m, "ulp", (args, kw) => {
    let x = asDouble(oneArg("math.ulp", args, kw));
    if (Number.isNaN(x)) return pyFloat(x);
    x = Math.abs(x);
    if (x === Infinity) return pyFloat(x);
    const x2 = nextafter(x, Infinity);
    if (x2 === Infinity) return pyFloat(x - nextafter(x, -Infinity));
    return pyFloat(x2 - x);
  });

  return m;
}

/** CPython's loghelper: ints of any size (log of a huge int must not overflow), else math_1. */
function logHelper(arg: PyObject, func: (x: number) => number): number {
  const iv = asInt(arg);
  if (iv !== undefined) {
    if (iv <= 0) throw domainError();
    const x = typeof iv === "number" ? iv : Number(iv);
    if (Number.isFinite(x)) return func(x);
    // x ~= m * 2**e with 0.5 <= m < 1 (CPython's _PyLong_Frexp, correctly rounded)
    const b = iv as bigint;
    let e = bigBitLength(b);
    let mant = ratioToDouble(b, 1n, -e);
    if (mant === 1.0) {
      mant = 0.5;
      e += 1;
    }
    return func(mant) + func(2.0) * e;
  }
  return math1(asDouble(arg), func, false);
}

/** math.fsum: Shewchuk's exact partials with CPython's final half-even correction. */
function fsum(seq: PyObject): number {
  const it = getIter(seq);
  const p: number[] = [];
  let n = 0;
  let specialSum = 0.0;
  let infSum = 0.0;
  for (;;) {
    const item = iterNext(it);
    if (item === undefined) break;
    let x = asDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < n; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw overflowError("intermediate overflow in fsum");
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        n = 0;
      } else p[n++] = x;
    }
  }
  if (specialSum !== 0.0) {
    if (Number.isNaN(infSum)) throw valueError("-inf + inf in fsum");
    return specialSum;
  }
  let hi = 0.0;
  if (n > 0) {
    hi = p[--n]!;
    let lo = 0.0;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1]! < 0.0) || (lo > 0.0 && p[n - 1]! > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/** math.sumprod with CPython's exact int path and triple-length float path. */
function sumprod(p: PyObject, q: PyObject): PyObject {
  const pit = getIter(p);
  const qit = getIter(q);
  let total: PyObject = 0;
  let intPath = true;
  let intTotal: Int = 0;
  let intInUse = false;
  let fltPath = true;
  let fltInUse = false;
  // TripleLength accumulator
  let th = 0.0;
  let tl = 0.0;
  let tt = 0.0;
  for (;;) {
    const pi = iterNext(pit);
    const qi = iterNext(qit);
    const pStopped = pi === undefined;
    const qStopped = qi === undefined;
    if (pStopped !== qStopped) throw valueError("Inputs are not the same length");
    const finished = pStopped && qStopped;
    if (intPath) {
      let handled = false;
      if (!finished && isExactInt(pi) && isExactInt(qi) && fitsLong(pi) && fitsLong(qi)) {
        const prod = intMul(pi, qi);
        if (fitsLong(prod)) {
          const s = intAdd(intTotal, prod);
          if (fitsLong(s)) {
            intTotal = s;
            intInUse = true;
            handled = true;
          }
        }
      }
      if (handled) continue;
      intPath = false;
      if (intInUse) {
        total = numAdd(total, intTotal);
        intTotal = 0;
        intInUse = false;
      }
    }
    if (fltPath) {
      let handled = false;
      if (!finished) {
        let fp = 0;
        let fq = 0;
        let ok = true;
        const pf = isExactFloat(pi);
        const qf = isExactFloat(qi);
        if (pf && qf) {
          fp = pi.value;
          fq = qi.value;
        } else if (pf && (isExactInt(qi) || typeof qi === "boolean")) {
          fp = pi.value;
          fq = typeof qi === "boolean" ? (qi ? 1 : 0) : typeof qi === "number" ? qi : Number(qi);
          ok = Number.isFinite(fq);
        } else if (qf && (isExactInt(pi) || typeof pi === "boolean")) {
          fq = qi.value;
          fp = typeof pi === "boolean" ? (pi ? 1 : 0) : typeof pi === "number" ? pi : Number(pi);
          ok = Number.isFinite(fp);
        } else ok = false;
        if (ok) {
          // tl_fma(fp, fq, total): Algorithm 5.10 with SumKVert for K=3
          dlMul(fp, fq);
          const prHi = DL_HI;
          const prLo = DL_LO;
          dlSum(th, prHi);
          const smHi = DL_HI;
          const smLo = DL_LO;
          dlSum(tl, prLo);
          const r1Hi = DL_HI;
          const r1Lo = DL_LO;
          dlSum(r1Hi, smLo);
          const r2Hi = DL_HI;
          const r2Lo = DL_LO;
          if (Number.isFinite(smHi)) {
            th = smHi;
            tl = r2Hi;
            tt = tt + r1Lo + r2Lo;
            fltInUse = true;
            handled = true;
          }
        }
      }
      if (handled) continue;
      fltPath = false;
      if (fltInUse) {
        dlSum(tl, th);
        total = numAdd(total, new PyFloat(tt + DL_LO + DL_HI));
        th = tl = tt = 0.0;
        fltInUse = false;
      }
    }
    if (finished) return total;
    total = numAdd(total, numMul(pi, qi));
  }
}
