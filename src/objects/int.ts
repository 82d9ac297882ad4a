// Python `int` arithmetic on our representation: a JS number holding a safe integer (never -0), else a
// bigint. Every result is normalized (a bigint that fits becomes a number), so `===` is int equality.
//
// This file holds the kernels (CPython's Objects/longobject.c) that the VM's fast paths and the natives of
// `int` (src/objects/int_type.ts) share: arithmetic with Python's signs and messages, conversions to and
// from float with correct rounding, int <-> str conversion with the digit limit, hashing.

import { MemoryError, newException, OverflowError, ValueError, ZeroDivisionError } from "./exceptions.js";
import type { PyObject } from "./object.js";
import type { PyType } from "./type.js";

export type Int = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * An instance of a subclass of int (`class I(int)`): the int value, the subclass and an instance
 * __dict__ (a PyDict, or null until first needed). Every int method accepts it as `self` or operand.
 */
export class PyIntSub {
  dict: PyObject = null;
  /** Values of __slots__ members (by PyType.slotIndex), or null. */
  slots: PyObject[] | null;
  constructor(
    public value: Int,
    public type: PyType,
  ) {
    const n = type.slotIndex === null ? 0 : type.slotIndex.size;
    this.slots = n > 0 ? new Array(n).fill(undefined) : null;
  }
}

/**
 * DeprecationWarnings that int, bool, float and complex issue in 3.13 (`~True`, int() delegating to
 * __trunc__, __int__/__float__/__complex__ returning an instance of a strict subclass). The VM's warnings
 * machinery sets `warn`; until then they are silent.
 */
export const numberWarnings: { warn: (category: PyType, message: string) => void } = {
  warn: () => {},
};

/** The int value of an int, bool or int-subclass instance; undefined for anything else. */
export function asInt(o: PyObject): Int | undefined {
  switch (typeof o) {
    case "number":
    case "bigint":
      return o;
    case "boolean":
      return o ? 1 : 0;
  }
  if (o instanceof PyIntSub) return o.value;
  return undefined;
}

/** A bigint result normalized to a number when it fits. */
export function normBig(b: bigint): Int {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function big(a: Int): bigint {
  return typeof a === "bigint" ? a : BigInt(a);
}

/** Runs a bigint computation; V8's "Maximum BigInt size exceeded" becomes MemoryError. */
function guardSize(f: () => bigint): Int {
  try {
    return normBig(f());
  } catch (e) {
    if (e instanceof RangeError) throw newException(MemoryError);
    throw e;
  }
}

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normBig(big(a) + big(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r === 0 ? 0 : r;
  }
  return normBig(big(a) - big(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r === 0 ? 0 : r;
  }
  return guardSize(() => big(a) * big(b));
}

export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw newException(ZeroDivisionError, "integer division or modulo by zero");
    const r = Math.floor(a / b);
    // a / b is exact enough for |a| < 2^52: it cannot round across an integer.
    if (Math.abs(a) < 2 ** 52) return r === 0 ? 0 : r;
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) throw newException(ZeroDivisionError, "integer division or modulo by zero");
  let q = x / y;
  if (x % y !== 0n && x < 0n !== y < 0n) q -= 1n;
  return normBig(q);
}

export function intMod(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw newException(ZeroDivisionError, "integer modulo by zero");
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r === 0 ? 0 : r;
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) throw newException(ZeroDivisionError, "integer modulo by zero");
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return normBig(r);
}

/** divmod(a, b) for ints: [a // b, a % b]. */
export function intDivmod(a: Int, b: Int): [Int, Int] {
  if (b === 0 || b === 0n) throw newException(ZeroDivisionError, "integer division or modulo by zero");
  return [intFloorDiv(a, b), intMod(a, b)];
}

export function intNeg(a: Int): Int {
  if (typeof a === "number") return a === 0 ? 0 : -a;
  return normBig(-a);
}

export function intAbs(a: Int): Int {
  if (typeof a === "number") return a < 0 ? -a : a;
  return a < 0n ? -a : a;
}

/** a ** b for b >= 0. */
export function intPowNonNeg(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    // Square-and-multiply while every product stays exact (below 2^53).
    let result = 1;
    let base = a;
    let e = b;
    let exact = true;
    while (e > 0) {
      if (e % 2 === 1) {
        result *= base;
        if (result > MAX_SAFE || result < -MAX_SAFE) {
          exact = false;
          break;
        }
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        base *= base;
        if (base > MAX_SAFE) {
          exact = false;
          break;
        }
      }
    }
    if (exact) return result === 0 ? 0 : result;
  }
  const x = big(a);
  if (x === 0n || x === 1n) return Number(x);
  if (x === -1n) return big(b) % 2n === 0n ? 1 : -1;
  if (typeof b === "bigint") throw newException(MemoryError);
  return guardSize(() => x ** BigInt(b));
}

/** pow(a, b, m) with m != 0 (CPython's long_pow with a modulus): a negative b uses the modular inverse. */
export function intPowMod(a: Int, b: Int, m: Int): Int {
  let mod = big(m);
  if (mod === 0n) throw newException(ValueError, "pow() 3rd argument cannot be 0");
  const negativeOutput = mod < 0n;
  if (negativeOutput) mod = -mod;
  if (mod === 1n) return 0;
  let base = big(a);
  let e = big(b);
  if (e < 0n) {
    e = -e;
    base = invMod(base, mod);
  }
  base %= mod;
  if (base < 0n) base += mod;
  let result = 1n;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % mod;
    e >>= 1n;
    if (e > 0n) base = (base * base) % mod;
  }
  if (negativeOutput && result !== 0n) result -= mod;
  return normBig(result);
}

/** The inverse of a modulo m (m > 0), or ValueError (CPython's long_invmod). */
function invMod(a: bigint, m: bigint): bigint {
  let r0 = ((a % m) + m) % m;
  let r1 = m;
  let s0 = 1n;
  let s1 = 0n;
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw newException(ValueError, "base is not invertible for the given modulus");
  return ((s0 % m) + m) % m;
}

function shiftCount(b: Int): number {
  if (typeof b === "number") {
    if (b < 0) throw newException(ValueError, "negative shift count");
    return b;
  }
  if (b < 0n) throw newException(ValueError, "negative shift count");
  return Number(b);
}

export function intLshift(a: Int, b: Int): Int {
  const n = shiftCount(b);
  if (a === 0 || a === 0n) return 0;
  if (typeof a === "number" && n < 32) {
    const r = a * 2 ** n;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  if (n >= 2 ** 64) throw newException(OverflowError, "too many digits in integer");
  if (n >= 2 ** 31) throw newException(MemoryError);
  return guardSize(() => big(a) << BigInt(n));
}

export function intRshift(a: Int, b: Int): Int {
  const n = shiftCount(b);
  if (typeof a === "number") {
    if (n >= 64) return a < 0 ? -1 : 0;
    if (n < 32 && a >= -0x80000000 && a <= 0x7fffffff) return a >> n;
    return Math.floor(a / 2 ** n);
  }
  if (n >= 2 ** 31) return a < 0n ? -1 : 0;
  return normBig(a >> BigInt(n));
}

export function intAnd(a: Int, b: Int): Int {
  if (
    typeof a === "number" &&
    typeof b === "number" &&
    a >= -0x80000000 &&
    a <= 0x7fffffff &&
    b >= -0x80000000 &&
    b <= 0x7fffffff
  )
    return a & b;
  return normBig(big(a) & big(b));
}

export function intOr(a: Int, b: Int): Int {
  if (
    typeof a === "number" &&
    typeof b === "number" &&
    a >= -0x80000000 &&
    a <= 0x7fffffff &&
    b >= -0x80000000 &&
    b <= 0x7fffffff
  )
    return a | b;
  return normBig(big(a) | big(b));
}

export function intXor(a: Int, b: Int): Int {
  if (
    typeof a === "number" &&
    typeof b === "number" &&
    a >= -0x80000000 &&
    a <= 0x7fffffff &&
    b >= -0x80000000 &&
    b <= 0x7fffffff
  )
    return a ^ b;
  return normBig(big(a) ^ big(b));
}

export function intInvert(a: Int): Int {
  if (typeof a === "number") return intSub(-a, 1);
  return normBig(~a);
}

export function intCompare(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** int.bit_length() */
export function intBitLength(a: Int): number {
  if (typeof a === "number") {
    let x = a < 0 ? -a : a;
    if (x < 0x80000000) return 32 - Math.clz32(x);
    let n = 0;
    while (x >= 0x100000000) {
      x = Math.floor(x / 0x100000000);
      n += 32;
    }
    return n + 32 - Math.clz32(x);
  }
  const x = a < 0n ? -a : a;
  const hex = x.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(Number.parseInt(hex[0]!, 16)));
}

/** int.bit_count() */
export function intBitCount(a: Int): number {
  if (typeof a === "number") {
    let x = a < 0 ? -a : a;
    let n = 0;
    while (x > 0) {
      const lo = x % 0x100000000;
      let v = lo - ((lo >>> 1) & 0x55555555);
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      n += (((v + (v >>> 4)) & 0xf0f0f0f) * 0x1010101) >>> 24;
      x = Math.floor(x / 0x100000000);
    }
    return n;
  }
  const s = (a < 0n ? -a : a).toString(2);
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 49) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------------
// Conversions to float

/** int → float (OverflowError when too large), with correct rounding (round-half-even). */
export function intToFloat(a: Int): number {
  if (typeof a === "number") return a;
  const f = Number(a); // Number(bigint) rounds to nearest, ties to even
  if (!Number.isFinite(f)) throw newException(OverflowError, "int too large to convert to float");
  return f;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;
const LO = LITTLE ? 0 : 1;

/** 2 ** e as a double, exactly, for -1074 <= e <= 1023. */
export function pow2(e: number): number {
  if (e >= -1022) {
    u32[HI] = (e + 1023) << 20;
    u32[LO] = 0;
    return f64[0]!;
  }
  // subnormal
  const k = e + 1074; // bit index within the 52-bit fraction
  u32[HI] = k >= 32 ? 1 << (k - 32) : 0;
  u32[LO] = k < 32 ? (1 << k) >>> 0 : 0;
  return f64[0]!;
}

/** v * 2 ** e, exact whenever the result is representable (v an integer below 2^54). */
export function ldexp(v: number, e: number): number {
  while (e > 1023) {
    v *= pow2(1023);
    e -= 1023;
    if (!Number.isFinite(v)) return v;
  }
  if (e < -1022) {
    v *= pow2(-1022);
    e += 1022;
    if (e < -1022) {
      v *= pow2(-1022);
      e += 1022;
    }
  }
  return v * pow2(e);
}

/**
 * Splits a finite non-zero |x| into an odd integer mantissa and exponent: |x| = m * 2 ** e
 * (m < 2^53, a JS number).
 */
export function frexpInt(x: number): [number, number] {
  f64[0] = x;
  const hi = u32[HI]!;
  const lo = u32[LO]!;
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 0x100000000 + lo;
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    m += 0x10000000000000;
    e = bexp - 1075;
  }
  if (m === 0) return [0, 0];
  while (m % 2 === 0) {
    m /= 2;
    e++;
  }
  return [m, e];
}

/** Number of bits of a positive bigint. */
export function bigBitLength(x: bigint): number {
  const hex = x.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(Number.parseInt(hex[0]!, 16)));
}

/**
 * The double nearest to (num / den) * 2 ** exp2 (num >= 0, den > 0), ties to even, with subnormals
 * rounded at their own precision. Infinity when it overflows.
 */
export function ratioToDouble(num: bigint, den: bigint, exp2: number): number {
  if (num === 0n) return 0;
  const nb = bigBitLength(num);
  const db = bigBitLength(den);
  // Q = floor(num * 2^shift / den) has 55 or 56 bits.
  const shift = 55 - (nb - db);
  let q: bigint;
  let sticky: boolean;
  if (shift >= 0) {
    const n2 = num << BigInt(shift);
    q = n2 / den;
    sticky = q * den !== n2;
  } else {
    const d2 = den << BigInt(-shift);
    q = num / d2;
    sticky = q * d2 !== num;
  }
  const qb = bigBitLength(q);
  const scale = exp2 - shift; // value = (q + frac) * 2^scale
  const top = qb - 1 + scale;
  if (top > 1023) return Infinity;
  const lsb = Math.max(top - 52, -1074);
  const drop = lsb - scale;
  if (drop <= 0) return ldexp(Number(q), scale); // exact (only when nothing is dropped and no sticky)
  if (drop > qb + 1) return 0;
  const dropB = BigInt(drop);
  let r = q >> dropB;
  const rem = q & ((1n << dropB) - 1n);
  const half = 1n << (dropB - 1n);
  if (rem > half || (rem === half && (sticky || (r & 1n) === 1n))) r += 1n;
  return ldexp(Number(r), lsb);
}

/** Exact true division a / b for ints (CPython's long_true_divide rounds correctly). */
export function intTrueDiv(a: Int, b: Int): number {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw newException(ZeroDivisionError, "division by zero");
    return a / b;
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) throw newException(ZeroDivisionError, "division by zero");
  const neg = x < 0n !== y < 0n;
  const r = ratioToDouble(x < 0n ? -x : x, y < 0n ? -y : y, 0);
  if (r === Infinity) throw newException(OverflowError, "integer division result too large for a float");
  return neg ? -r : r;
}

/** int(x) for a float (CPython's PyLong_FromDouble): truncation toward zero. */
export function floatToInt(x: number): Int {
  if (Number.isSafeInteger(x)) return x === 0 ? 0 : x;
  if (Number.isNaN(x)) throw newException(ValueError, "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw newException(OverflowError, "cannot convert float infinity to integer");
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}

/**
 * Compares a float with an int exactly (CPython's float_richcompare): -1, 0 or 1, or NaN when the
 * float is a NaN.
 */
export function compareFloatInt(f: number, i: Int): number {
  if (Number.isNaN(f)) return Number.NaN;
  if (typeof i === "number") return f < i ? -1 : f > i ? 1 : 0;
  if (!Number.isFinite(f)) return f > 0 ? 1 : -1;
  // |i| > 2^53: a float of smaller magnitude is decided by the sign of i; otherwise f is integral.
  if (Math.abs(f) <= MAX_SAFE) return i > 0n ? -1 : 1;
  const b = BigInt(f);
  return b < i ? -1 : b > i ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------------
// Hashing

const HASH_MODULUS = (1n << 61n) - 1n;

/** CPython's hash of an int: value modulo 2^61 − 1, with -1 mapped to -2. */
export function intHash(a: Int): Int {
  // |a| < 2^53 < 2^61 − 1: the hash is the value itself
  if (typeof a === "number") return a === -1 ? -2 : a;
  const x = big(a);
  let h = (x < 0n ? -x : x) % HASH_MODULUS;
  if (x < 0n) h = -h;
  const r = normBig(h);
  return r === -1 ? -2 : r;
}

/**
 * CPython's _Py_HashDouble for a finite or infinite float (NaN hashes by identity; the caller handles
 * it): the hash of the exact rational value modulo 2^61 − 1.
 */
export function floatHash(x: number): Int {
  if (Number.isInteger(x)) return intHash(Number.isSafeInteger(x) ? (x === 0 ? 0 : x) : BigInt(x));
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  const [m, e] = frexpInt(x); // x is not an integer, so e < 0
  // m * 2^(e mod 61) modulo 2^61 - 1: a rotation of the 61-bit value m, since 2^61 = 1 (mod 2^61 - 1)
  const p = BigInt(m) << SHIFTS[((e % 61) + 61) % 61]!;
  let h = (p & HASH_MODULUS) + (p >> 61n);
  if (h >= HASH_MODULUS) h -= HASH_MODULUS;
  if (h <= 9007199254740991n) {
    const n = Number(h);
    return x < 0 ? (n === 1 ? -2 : -n) : n;
  }
  return x < 0 ? -h : h;
}

const SHIFTS: bigint[] = Array.from({ length: 61 }, (_, i) => BigInt(i));

/** hash(complex): hash(real) + 1000003 * hash(imag) in 64-bit unsigned arithmetic, -1 mapped to -2. */
export function complexHash(hr: Int, hi: Int): Int {
  if (typeof hi === "number" && hi === 0) return hr;
  const r = normBig(BigInt.asIntN(64, big(hr) + 1000003n * big(hi)));
  return r === -1 ? -2 : r;
}

// ---------------------------------------------------------------------------------------------------
// int <-> str

/** sys.get_int_max_str_digits(): 0 means no limit. */
let maxStrDigits = 4300;

export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

/** sys.set_int_max_str_digits(n): ValueError unless n is 0 or >= 640. */
export function setIntMaxStrDigits(n: Int): void {
  if (typeof n === "bigint" && (n > 2147483647n || n < -2147483648n)) {
    throw newException(OverflowError, "Python int too large to convert to C int");
  }
  const v = Number(n);
  if (v !== 0 && v < 640) throw newException(ValueError, "maxdigits must be 0 or larger than 640");
  maxStrDigits = v;
}

function tooManyDigitsToStr(): never {
  throw newException(
    ValueError,
    `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

/** str(int) / repr(int), with CPython's limit on the number of decimal digits. */
export function intToDecimalString(a: Int): string {
  if (typeof a === "number") return String(a);
  if (maxStrDigits > 0) {
    // A cheap lower bound on the digit count avoids converting numbers far beyond the limit.
    const bits = intBitLength(a);
    if (Math.floor((bits - 1) * 0.30102999566398) + 1 > maxStrDigits) tooManyDigitsToStr();
  }
  const s = a.toString();
  if (maxStrDigits > 0 && s.length - (a < 0n ? 1 : 0) > maxStrDigits) tooManyDigitsToStr();
  return s;
}

/** bin()/oct()/hex() style: "0x1f", "-0b101" (base 2, 8 or 16); base 10 is str(). */
export function intToBaseString(a: Int, base: number, prefix = true): string {
  if (base === 10) return intToDecimalString(a);
  const neg = typeof a === "number" ? a < 0 : a < 0n;
  const mag = typeof a === "number" ? Math.abs(a) : neg ? -a : a;
  const digits = mag.toString(base);
  const p = prefix ? (base === 16 ? "0x" : base === 8 ? "0o" : base === 2 ? "0b" : "") : "";
  return (neg ? "-" : "") + p + digits;
}

/** Digit values of ASCII characters for int(): '0'-'9', 'a'-'z', 'A'-'Z'; 37 for anything else. */
const DIGIT_VALUE = new Uint8Array(128).fill(37);
for (let c = 0; c < 10; c++) DIGIT_VALUE[48 + c] = c;
for (let c = 0; c < 26; c++) {
  DIGIT_VALUE[65 + c] = 10 + c;
  DIGIT_VALUE[97 + c] = 10 + c;
}

/** C's isspace in the "C" locale (Py_ISSPACE). */
export function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * Converts a string of digits (no sign, no underscores, all valid for `base`) to an int.
 */
export function digitsToInt(digits: string, base: number): Int {
  const n = digits.length;
  if (n * Math.log2(base) < 53) return Number.parseInt(digits, base);
  if (base === 10) return normBig(BigInt(digits));
  if (base === 16) return normBig(BigInt("0x" + digits));
  if (base === 8) return normBig(BigInt("0o" + digits));
  if (base === 2) return normBig(BigInt("0b" + digits));
  if ((base & (base - 1)) === 0) {
    // 4 and 32: go through binary
    const bits = Math.log2(base);
    let bin = "";
    for (let i = 0; i < n; i++) {
      bin += DIGIT_VALUE[digits.charCodeAt(i)]!.toString(2).padStart(bits, "0");
    }
    return normBig(BigInt("0b" + bin));
  }
  // Chunks of k digits whose value stays below 2^53.
  const k = Math.floor(53 / Math.log2(base));
  const chunkBase = BigInt(base) ** BigInt(k);
  const first = n % k || k;
  let acc = BigInt(Number.parseInt(digits.slice(0, first), base));
  for (let i = first; i < n; i += k) {
    acc = acc * chunkBase + BigInt(Number.parseInt(digits.slice(i, i + k), base));
  }
  return normBig(acc);
}

/**
 * CPython's PyLong_FromString on an ASCII string (non-ASCII already transformed by the caller): the
 * int, or null for a syntax error (the caller raises "invalid literal ..."). Raises ValueError when the
 * number of digits exceeds sys.get_int_max_str_digits() (for bases that are not powers of two).
 */
export function parseIntString(s: string, base: number): Int | null {
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let neg = false;
  if (s[i] === "+") i++;
  else if (s[i] === "-") {
    neg = true;
    i++;
  }
  let errorIfNonzero = false;
  if (base === 0) {
    if (s[i] !== "0") base = 10;
    else {
      const c = s[i + 1];
      if (c === "x" || c === "X") base = 16;
      else if (c === "o" || c === "O") base = 8;
      else if (c === "b" || c === "B") base = 2;
      else {
        // "old" C-style octal: only zero is valid
        errorIfNonzero = true;
        base = 10;
      }
    }
  }
  if (s[i] === "0") {
    const c = s[i + 1];
    if (
      (base === 16 && (c === "x" || c === "X")) ||
      (base === 8 && (c === "o" || c === "O")) ||
      (base === 2 && (c === "b" || c === "B"))
    ) {
      i += 2;
      // one underscore is allowed after the prefix
      if (s[i] === "_") i++;
    }
  }
  if (s[i] === "_") return null;
  const start = i;
  let ndigits = 0;
  let prev = 0;
  let underscores = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prev === 95) return null;
      underscores = true;
    } else {
      if (c >= 128 || DIGIT_VALUE[c]! >= base) break;
      ndigits++;
    }
    prev = c;
  }
  if (prev === 95 || ndigits === 0) return null;
  if ((base & (base - 1)) !== 0 && ndigits > 640 && maxStrDigits > 0 && ndigits > maxStrDigits) {
    throw newException(
      ValueError,
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${ndigits} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  let digits = s.slice(start, i);
  if (underscores) digits = digits.replaceAll("_", "");
  let v = digitsToInt(digits, base);
  if (errorIfNonzero && v !== 0) return null;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) return null;
  if (neg) v = intNeg(v);
  return v;
}

/** round(a, ndigits) for ndigits < 0 (CPython's long_round: half to even). */
export function intRoundNeg(a: Int, ndigits: Int): Int {
  const nd = -big(ndigits);
  const x = big(a);
  const mag = x < 0n ? -x : x;
  // |a| < 10^nd / 2 rounds to 0 without computing a huge power.
  if (nd > BigInt(mag.toString().length)) return 0;
  const p = 10n ** nd;
  let q = x / p;
  let r = x % p;
  if (r < 0n) {
    r += p;
    q -= 1n;
  }
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return normBig(q * p);
}
