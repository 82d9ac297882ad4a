// Python `int` arithmetic on our representation: a JS number holding a safe integer (never -0), else a
// bigint. Every result is normalized (a bigint that fits becomes a number), so `===` is int equality.

import { newException, OverflowError, ValueError, ZeroDivisionError } from "./exceptions.js";

export type Int = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A bigint result normalized to a number when it fits. */
export function normBig(b: bigint): Int {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function big(a: Int): bigint {
  return typeof a === "bigint" ? a : BigInt(a);
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
  return normBig(big(a) * big(b));
}

export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw newException(ZeroDivisionError, "integer division or modulo by zero");
    const r = Math.floor(a / b);
    // a / b is exact enough for |a|,|b| < 2^53 except near the limits; check the remainder.
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

export function intNeg(a: Int): Int {
  if (typeof a === "number") return a === 0 ? 0 : -a;
  return normBig(-a);
}

export function intPowNonNeg(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a ** b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return normBig(big(a) ** big(b));
}

export function intLshift(a: Int, b: Int): Int {
  if ((typeof b === "number" ? b : Number(b)) < 0) throw newException(ValueError, "negative shift count");
  return normBig(big(a) << big(b));
}

export function intRshift(a: Int, b: Int): Int {
  return normBig(big(a) >> big(b));
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

/** int → float (OverflowError when too large), with correct rounding (round-half-even). */
export function intToFloat(a: Int): number {
  if (typeof a === "number") return a;
  const f = Number(a); // Number(bigint) rounds to nearest, ties to even
  if (!Number.isFinite(f)) throw newException(OverflowError, "int too large to convert to float");
  return f;
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
  return bigTrueDiv(x, y);
}

/** Correctly rounded x / y for bigints. */
function bigTrueDiv(x: bigint, y: bigint): number {
  const neg = x < 0n !== y < 0n;
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x === 0n) return neg ? -0 : 0;
  // Scale so the quotient has 55+ significant bits, then round once.
  const xb = x.toString(2).length;
  const yb = y.toString(2).length;
  let shift = 55 - (xb - yb);
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    q = (x << BigInt(shift)) / y;
    r = (x << BigInt(shift)) % y;
  } else {
    q = x / (y << BigInt(-shift));
    r = x % (y << BigInt(-shift));
  }
  // q has 55 or 56 bits; fold the remainder in as a sticky bit.
  if (r !== 0n) q |= 1n;
  // Number(q) rounds to 53 bits correctly (sticky bit prevents wrong ties), then scale by 2^-shift.
  let result = Number(q);
  // Apply exponent in steps to avoid intermediate overflow/underflow.
  while (shift > 0) {
    const s = Math.min(shift, 1000);
    result /= 2 ** s;
    shift -= s;
  }
  while (shift < 0) {
    const s = Math.min(-shift, 1000);
    result *= 2 ** s;
    shift += s;
  }
  if (!Number.isFinite(result)) throw newException(OverflowError, "integer division result too large for a float");
  return neg ? -result : result;
}

/** CPython's hash of an int: value modulo 2^61 − 1, with -1 mapped to -2. */
export function intHash(a: Int): Int {
  if (typeof a === "number") {
    // |a| < 2^53 < 2^61 − 1: the hash is the value itself
    return a === -1 ? -2 : a;
  }
  const M = (1n << 61n) - 1n;
  const x = big(a);
  let h = (x < 0n ? -x : x) % M;
  if (x < 0n) h = -h;
  const r = normBig(h);
  return r === -1 ? -2 : r;
}
