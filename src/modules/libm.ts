// The C math library functions the `math` module wraps. CPython calls the platform's libm (glibc on
// Linux), whose results JavaScript's Math functions do not always reproduce (they differ in the last bit
// for a few percent of arguments). So:
//   * exp, exp2, log, log2, pow, sin, cos, tan, asin, acos, atan, atan2 are computed in double-double
//     arithmetic (~104 bits) and rounded once: correctly rounded, as glibc's implementations of these
//     are in all but rare cases;
//   * log10, sinh, cosh, tanh, asinh, acosh, atanh, cbrt, erf and erfc follow the algorithms glibc uses
//     (fdlibm's, and glibc's own cbrt), evaluated in the same order, on top of the functions above;
//   * expm1 and log1p are V8's ports of the same fdlibm algorithms glibc uses.

import { ratioToDouble } from "../objects/int.js";

// ---------------------------------------------------------------------------------------------------
// Double-double arithmetic. Results go to the registers H (high) and L (low): no allocation.

let H = 0;
let L = 0;

const SPLITTER = 134217729; // 2**27 + 1

/** H + L = a + b exactly. */
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  L = a - (s - bb) + (b - bb);
  H = s;
}

/** H + L = a + b exactly, given |a| >= |b|. */
function quickTwoSum(a: number, b: number): void {
  const s = a + b;
  L = b - (s - a);
  H = s;
}

/** H + L = a * b exactly (no overflow, no underflow). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  L = ah * bh - p + ah * bl + al * bh + al * bl;
  H = p;
}

/** (ah, al) + (bh, bl). */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s = H;
  let e = L;
  twoSum(al, bl);
  const t = H;
  const f = L;
  e += t;
  quickTwoSum(s, e);
  e = L + f;
  quickTwoSum(H, e);
}

/** (ah, al) * (bh, bl). */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = H;
  const e = L + (ah * bl + al * bh);
  quickTwoSum(p, e);
}

/** (ah, al) * b. */
function ddMulD(ah: number, al: number, b: number): void {
  twoProd(ah, b);
  const p = H;
  const e = L + al * b;
  quickTwoSum(p, e);
}

/** (ah, al) / (bh, bl). */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMulD(bh, bl, q1);
  ddAdd(ah, al, -H, -L);
  const q2 = H / bh;
  const rh = H;
  const rl = L;
  ddMulD(bh, bl, q2);
  ddAdd(rh, rl, -H, -L);
  const q3 = H / bh;
  quickTwoSum(q1, q2);
  ddAdd(H, L, q3, 0);
}

// ---------------------------------------------------------------------------------------------------
// Constants, computed once in big fixed-point arithmetic

const PREC = 1400n; // bits of the fixed-point constants
const ONE = 1n << PREC;

/** atan(1/n) * 2**PREC. */
function atanInv(n: bigint): bigint {
  let power = ONE / n;
  const n2 = n * n;
  let sum = 0n;
  let k = 1n;
  let sign = 1n;
  while (power !== 0n) {
    sum += (sign * power) / k;
    power /= n2;
    k += 2n;
    sign = -sign;
  }
  return sum;
}

/** The double nearest to v / 2**PREC (v > 0). */
function fixToDouble(v: bigint): number {
  return v < 0n ? -ratioToDouble(-v, 1n, -Number(PREC)) : ratioToDouble(v, 1n, -Number(PREC));
}

/** v / 2**PREC truncated to `bits` significant bits (a double), v > 0. */
function fixTruncate(v: bigint, bits: number): number {
  const len = v.toString(2).length;
  const drop = BigInt(Math.max(0, len - bits));
  return fixToDouble((v >> drop) << drop);
}

/** Exact fixed-point value of a double. */
function doubleToFix(d: number): bigint {
  // d = m * 2**e with m an integer below 2**53
  let e = 0;
  let m = Math.abs(d);
  while (m !== Math.floor(m)) {
    m *= 2;
    e--;
  }
  while (m >= 9007199254740992) {
    m /= 2;
    e++;
  }
  const v = BigInt(m) << (PREC + BigInt(e));
  return d < 0 ? -v : v;
}

/** Splits a fixed-point constant into doubles [c0, c1, c2] with c0, c1 of `bits` bits. */
function split3(v: bigint, bits: number): [number, number, number] {
  const c0 = fixTruncate(v, bits);
  const r0 = v - doubleToFix(c0);
  const c1 = fixTruncate(r0, bits);
  const r1 = r0 - doubleToFix(c1);
  return [c0, c1, fixToDouble(r1)];
}

/** A constant as a double-double. */
function dd(v: bigint): [number, number] {
  const hi = fixToDouble(v);
  return [hi, fixToDouble(v - doubleToFix(hi))];
}

let LN2_0 = 0;
let LN2_1 = 0;
let LN2_2 = 0;
let LN2_HI = 0;
let LN2_LO = 0;
let INV_LN2_HI = 0;
let INV_LN2_LO = 0;
let PIO2_0 = 0;
let PIO2_1 = 0;
let PIO2_2 = 0;
let PIO2_HI = 0;
let PIO2_LO = 0;
let TWO_OVER_PI_FIX = 0n;
let EXPC_0 = 0;
let EXPC_1 = 0;
let EXPC_2 = 0;
/** 1/(2n+1) and 1/n! as double-doubles (the atanh, exp and sin/cos series). */
const ODD_INV: [number, number][] = [];
const FACT_INV: [number, number][] = [];
/** 2**(j/64) (exp), 1/c_j and log(c_j) (log), sin and cos of j/64 (sin, cos): double-doubles. */
const EXP_TABLE: number[] = [];
const LOG_INVC: number[] = [];
const LOG_TABLE: number[] = [];
const SC_TABLE: number[] = [];

let ready = false;

/** Computes the constants and tables on first use (they take ~20 ms: not at start-up). */
function init(): void {
  ready = true;
  const piFix = 16n * atanInv(5n) - 4n * atanInv(239n);
  // ln 2 = 2 atanh(1/3) = 2 * sum 1/((2k+1) 3^(2k+1))
  let power = ONE / 3n;
  let sum = 0n;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += power / k;
    power /= 9n;
  }
  const ln2Fix = 2n * sum;
  [LN2_0, LN2_1, LN2_2] = split3(ln2Fix, 32);
  [LN2_HI, LN2_LO] = dd(ln2Fix);
  [INV_LN2_HI, INV_LN2_LO] = dd((ONE * ONE) / ln2Fix);
  [PIO2_0, PIO2_1, PIO2_2] = split3(piFix / 2n, 33);
  [PIO2_HI, PIO2_LO] = dd(piFix / 2n);
  TWO_OVER_PI_FIX = (ONE * ONE * 2n) / piFix;
  [EXPC_0, EXPC_1, EXPC_2] = split3(ln2Fix / 64n, 36);
  for (let n = 0; n < 40; n++) ODD_INV.push(dd(ONE / BigInt(2 * n + 1)));
  let f = 1n;
  for (let n = 0; n < 40; n++) {
    if (n > 0) f *= BigInt(n);
    FACT_INV.push(dd(ONE / f));
  }
  for (let j = 0; j < 64; j++) {
    ddMulD(LN2_HI, LN2_LO, j / 64);
    expDD(H, L);
    EXP_TABLE.push(H * pow2(EXP_K), L * pow2(EXP_K));
  }
  for (let j = 0; j < 128; j++) {
    const invc = 1 / (1 + (j + 0.5) / 128);
    LOG_INVC.push(invc);
    logDD(invc);
    LOG_TABLE.push(-H, -L);
  }
  for (let j = 0; j <= 52; j++) {
    sinCosSmall(j / 64, 0);
    SC_TABLE.push(SIN_H, SIN_L, COS_H, COS_L);
  }
}

// ---------------------------------------------------------------------------------------------------
// Rounding a scaled double-double

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

function highWord(x: number): number {
  f64[0] = x;
  return u32[HI_WORD]! | 0;
}

function withLowWordZero(x: number): number {
  f64[0] = x;
  u32[1 - HI_WORD] = 0;
  return f64[0]!;
}

/** 2**k for -1074 <= k <= 1023. */
function pow2(k: number): number {
  if (k > 1023) return Number.POSITIVE_INFINITY;
  if (k >= -1022) {
    f64[0] = 0;
    u32[HI_WORD] = (k + 1023) << 20;
    u32[1 - HI_WORD] = 0;
    return f64[0]!;
  }
  return 2 ** -1022 * 2 ** (k + 1022);
}

/** x = m * 2**e exactly, m a safe integer (x finite, non-zero). */
function exactParts(x: number): [bigint, number] {
  let e = 0;
  let m = x;
  while (m !== Math.floor(m) || Math.abs(m) > 9007199254740991) {
    if (Math.abs(m) > 9007199254740991) {
      m /= 2;
      e++;
    } else {
      m *= 2;
      e--;
    }
  }
  return [BigInt(m), e];
}

/** The double nearest to (hi + lo) * 2**k, correctly rounded also in the subnormal range. */
function roundScaled(hi: number, lo: number, k: number): number {
  const r = hi + lo;
  if (k >= -1021) {
    if (k <= 1023) return r * pow2(k);
    return r * pow2(1023) * pow2(k - 1023);
  }
  if (hi === 0) return 0;
  // The result may be subnormal: one exact rounding.
  const [mh, eh] = exactParts(hi);
  let n: bigint;
  let e: number;
  if (lo === 0) {
    n = mh;
    e = eh;
  } else {
    const [ml, el] = exactParts(lo);
    e = Math.min(eh, el);
    n = (mh << BigInt(eh - e)) + (ml << BigInt(el - e));
  }
  const neg = n < 0n;
  const v = ratioToDouble(neg ? -n : n, 1n, e + k);
  return neg ? -v : v;
}

// ---------------------------------------------------------------------------------------------------
// exp and log in double-double

/** exp(xh + xl) as (H + L) * 2**EXP_K, for |xh| < 1500 (finite). */
let EXP_K = 0;
function expDD(xh: number, xl: number): void {
  const k = Math.round(xh * Math.LOG2E);
  // r = x - k*ln2, exactly for the first two parts
  const t0 = xh - k * LN2_0;
  const t1 = k * LN2_1;
  twoSum(t0, -t1);
  let rh = H;
  let rl = L;
  twoProd(k, LN2_2);
  ddAdd(rh, rl, -H, -L);
  ddAdd(H, L, xl, 0);
  // r / 1024: exp(r) = exp(r/1024)**1024
  rh = H / 1024;
  rl = L / 1024;
  // e = exp(s) - 1 by Taylor series (Horner), s = rh + rl
  let eh = FACT_INV[11]![0];
  let el = FACT_INV[11]![1];
  for (let n = 10; n >= 1; n--) {
    ddMul(eh, el, rh, rl);
    ddAdd(H, L, FACT_INV[n]![0], FACT_INV[n]![1]);
    eh = H;
    el = L;
  }
  ddMul(eh, el, rh, rl);
  eh = H;
  el = L;
  // square 10 times: (1 + e)**2 = 1 + (2e + e**2)
  for (let i = 0; i < 10; i++) {
    ddMul(eh, el, eh, el);
    ddAdd(2 * eh, 2 * el, H, L);
    eh = H;
    el = L;
  }
  ddAdd(1, 0, eh, el);
  EXP_K = k;
}

/** fl(h + l) when every value within err*|h| of h + l rounds the same way; NaN when that is not sure. */
function roundIfSafe(h: number, l: number, err: number): number {
  const e = Math.abs(h) * err;
  const a = h + (l - e);
  return a === h + (l + e) ? a : Number.NaN;
}

/** As roundIfSafe with an absolute error bound. */
function roundIfSafeAbs(h: number, l: number, e: number): number {
  const a = h + (l - e);
  return a === h + (l + e) ? a : Number.NaN;
}

// Fast paths (Ziv's strategy): a result accurate to ~2**-64 whose rounding is checked; when it might be
// wrong, the slow double-double computation above decides.

/** exp(x) correctly rounded for -708 <= x <= 709 when sure; NaN otherwise. */
function expFast(x: number): number {
  const n = Math.round(x * 92.33248261689366); // 64 / ln 2
  const j = n & 63;
  const k = (n - j) / 64;
  const r0 = x - n * EXPC_0;
  twoProd(n, EXPC_1);
  const ph = H;
  const pl = L;
  twoSum(r0, -ph);
  const rh = H;
  const rl = L - pl - n * EXPC_2;
  const q =
    rh *
    rh *
    (0.5 + rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040 + rh * (1 / 40320)))))));
  twoSum(1, rh);
  const a = H;
  const b = L + (rl + q);
  quickTwoSum(a, b);
  ddMul(EXP_TABLE[2 * j]!, EXP_TABLE[2 * j + 1]!, H, L);
  const v = roundIfSafe(H, L, 5.421010862427522e-20); // 2**-64
  if (k > 1023) return v * 2 * pow2(k - 1);
  return v * pow2(k);
}

function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 709.782712893384) return Number.POSITIVE_INFINITY;
  if (x < -745.1332191019412) return 0;
  if (x === 0) return 1;
  if (x > -708 && x < 709.78) {
    const v = expFast(x);
    if (!Number.isNaN(v)) return v;
  }
  expDD(x, 0);
  return roundScaled(H, L, EXP_K);
}

function exp2(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x >= 1024) return Number.POSITIVE_INFINITY;
  if (x < -1075) return 0;
  if (x === Math.floor(x)) return x >= -1074 ? pow2(x) : 0;
  ddMulD(LN2_HI, LN2_LO, x);
  expDD(H, L);
  return roundScaled(H, L, EXP_K);
}

/** log(x) as H + L for finite x > 0. */
function logDD(x: number): void {
  // x = m * 2**e with m in [sqrt(1/2), sqrt(2))
  let e = 0;
  let m = x;
  if (m < 2.2250738585072014e-308) {
    m *= 18014398509481984; // 2**54
    e -= 54;
  }
  const hw = highWord(m);
  e += ((hw >>> 20) & 0x7ff) - 1023;
  m = m * pow2(-(((hw >>> 20) & 0x7ff) - 1023));
  if (m > Math.SQRT2) {
    m /= 2;
    e++;
  }
  // log(m) = 2 atanh(f), f = (m - 1)/(m + 1)
  const num = m - 1; // exact (Sterbenz)
  twoSum(m, 1);
  ddDiv(num, 0, H, L);
  const fh = H;
  const fl = L;
  ddMul(fh, fl, fh, fl);
  const f2h = H;
  const f2l = L;
  let sh = ODD_INV[22]![0];
  let sl = ODD_INV[22]![1];
  for (let n = 21; n >= 0; n--) {
    ddMul(sh, sl, f2h, f2l);
    ddAdd(H, L, ODD_INV[n]![0], ODD_INV[n]![1]);
    sh = H;
    sl = L;
  }
  ddMul(sh, sl, fh, fl);
  const lh = 2 * H;
  const ll = 2 * L;
  if (e === 0) {
    H = lh;
    L = ll;
    return;
  }
  ddMulD(LN2_HI, LN2_LO, e);
  ddAdd(H, L, lh, ll);
}

/** log(x) correctly rounded for normal x > 0 when sure; NaN otherwise. */
function logFast(x: number): number {
  if (x > 0.984375 && x < 1.015625) {
    // near 1: log1p(r) with r = x - 1 exact
    const r = x - 1;
    const q =
      r *
      r *
      (-0.5 +
        r *
          (1 / 3 +
            r *
              (-0.25 +
                r *
                  (0.2 +
                    r *
                      (-1 / 6 +
                        r *
                          (1 / 7 +
                            r * (-0.125 + r * (1 / 9 + r * (-0.1 + r * (1 / 11 + r * (-1 / 12 + r / 13)))))))))));
    return roundIfSafe(r, q, 1.0842021724855044e-19);
  }
  const hw = highWord(x);
  const e = ((hw >>> 20) & 0x7ff) - 1023;
  const m = x * pow2(-e);
  const j = Math.floor((m - 1) * 128);
  twoProd(m, LOG_INVC[j]!);
  const ph = H;
  const pl = L;
  twoSum(ph - 1, pl);
  const rh = H;
  const rl = L;
  const q =
    rh * rh * (-0.5 + rh * (1 / 3 + rh * (-0.25 + rh * (0.2 + rh * (-1 / 6 + rh * (1 / 7 + rh * (-0.125 + rh / 9)))))));
  const lh = rh;
  const ll = rl - rh * rl + q;
  ddMulD(LN2_HI, LN2_LO, e);
  ddAdd(H, L, LOG_TABLE[2 * j]!, LOG_TABLE[2 * j + 1]!);
  ddAdd(H, L, lh, ll);
  return roundIfSafe(H, L, 1.0842021724855044e-19); // 2**-63
}

function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return Number.NEGATIVE_INFINITY;
  if (x === Number.POSITIVE_INFINITY) return x;
  if (x === 1) return 0;
  if (x >= 2.2250738585072014e-308) {
    const v = logFast(x);
    if (!Number.isNaN(v)) return v;
  }
  logDD(x);
  return H + L;
}

function log2(x: number): number {
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return Number.NEGATIVE_INFINITY;
  if (x === Number.POSITIVE_INFINITY) return x;
  logDD(x);
  ddMul(H, L, INV_LN2_HI, INV_LN2_LO);
  return H + L;
}

/** glibc's __ieee754_log10 (fdlibm's algorithm over the correctly rounded log). */
function log10(x: number): number {
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return Number.NEGATIVE_INFINITY;
  if (x === Number.POSITIVE_INFINITY) return x;
  let k = 0;
  let hx = highWord(x);
  if (hx < 0x00100000) {
    k -= 54;
    x *= 18014398509481984;
    hx = highWord(x);
  }
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  f64[0] = x;
  u32[HI_WORD] = hx;
  x = f64[0]!;
  const z = y * 3.694239077158931e-13 + Math.LOG10E * log(x);
  return z + y * 0.30102999566361177;
}

/** C pow for finite x and y (the IEEE special values are handled by the caller as CPython does). */
function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return x === 1 ? 1 : Number.NaN;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return x ** y;
  const yIsInt = y === Math.floor(y);
  const yOdd = yIsInt && Math.abs(y) < 9007199254740992 && Math.abs(y) % 2 === 1;
  if (x === 0) {
    if (y < 0) return yOdd ? 1 / x : Number.POSITIVE_INFINITY;
    return yOdd ? x : 0;
  }
  let sign = 1;
  if (x < 0) {
    if (!yIsInt) return Number.NaN;
    if (yOdd) sign = -1;
    x = -x;
  }
  if (x === 1) return sign;
  if (yIsInt && Math.abs(y) <= 1100) {
    // Integer powers exactly (the result may be a tie between two doubles): one rounding of m**y * 2**(e*y).
    const [m, e] = exactParts(x);
    const bits = Math.log2(Number(m < 0n ? -m : m)) + 1;
    if (bits * Math.abs(y) <= 6000) {
      const n = m ** BigInt(Math.abs(y));
      return sign * (y >= 0 ? ratioToDouble(n, 1n, e * y) : ratioToDouble(1n, n, e * y));
    }
  }
  logDD(x);
  ddMulD(H, L, y);
  const ph = H;
  const pl = L;
  if (ph > 709.79) return sign * Number.POSITIVE_INFINITY;
  if (ph < -745.2) return sign * 0;
  expDD(ph, pl);
  return sign * roundScaled(H, L, EXP_K);
}

// ---------------------------------------------------------------------------------------------------
// Trigonometric functions in double-double

/** Quadrant of the last reduction. */
let QUADRANT = 0;

/** x - k*(pi/2) as H + L with QUADRANT = k mod 4 (x finite). */
function reduce(x: number): void {
  const ax = Math.abs(x);
  if (ax <= 0.785398163397448) {
    H = x;
    L = 0;
    QUADRANT = 0;
    return;
  }
  if (ax < 524288) {
    const k = Math.round(x * 0.6366197723675814);
    const t0 = x - k * PIO2_0; // exact
    twoSum(t0, -(k * PIO2_1));
    const rh = H;
    const rl = L;
    twoProd(k, PIO2_2);
    ddAdd(rh, rl, -H, -L);
    QUADRANT = ((k % 4) + 4) % 4;
    return;
  }
  // Payne-Hanek in big integers: x * 2/pi = q + f, |f| <= 1/2
  const [m, e] = exactParts(x);
  const prod = m * TWO_OVER_PI_FIX; // scaled by 2**(PREC - e)
  const shift = PREC - BigInt(e);
  const unit = 1n << shift;
  let q = prod >> shift;
  let frac = prod - (q << shift);
  if (frac * 2n > unit) {
    q += 1n;
    frac -= unit;
  }
  QUADRANT = Number(((q % 4n) + 4n) % 4n);
  const af = frac < 0n ? -frac : frac;
  const fh = ratioToDouble(af, 1n, -Number(shift));
  let rest = 0n;
  if (fh !== 0) {
    const [mf, ef] = exactParts(fh);
    const sh = ef + Number(shift);
    if (sh >= 0) rest = af - (mf << BigInt(sh));
  }
  const fl = rest < 0n ? -ratioToDouble(-rest, 1n, -Number(shift)) : ratioToDouble(rest, 1n, -Number(shift));
  const sgn = frac < 0n ? -1 : 1;
  ddMul(sgn * fh, sgn * fl, PIO2_HI, PIO2_LO);
}

/** sin and cos of r = rh + rl (|r| <= pi/4): results in SIN_H/SIN_L and COS_H/COS_L. */
let SIN_H = 0;
let SIN_L = 0;
let COS_H = 0;
let COS_L = 0;
function sinCosSmall(rh: number, rl: number): void {
  ddMul(rh, rl, rh, rl);
  const r2h = H;
  const r2l = L;
  // sin r = r * sum (-1)^n r^(2n) / (2n+1)!
  let sh = FACT_INV[29]![0];
  let sl = FACT_INV[29]![1];
  for (let n = 13; n >= 0; n--) {
    ddMul(sh, sl, -r2h, -r2l);
    ddAdd(H, L, FACT_INV[2 * n + 1]![0], FACT_INV[2 * n + 1]![1]);
    sh = H;
    sl = L;
  }
  ddMul(sh, sl, rh, rl);
  SIN_H = H;
  SIN_L = L;
  let ch = FACT_INV[28]![0];
  let cl = FACT_INV[28]![1];
  for (let n = 13; n >= 0; n--) {
    ddMul(ch, cl, -r2h, -r2l);
    ddAdd(H, L, FACT_INV[2 * n]![0], FACT_INV[2 * n]![1]);
    ch = H;
    cl = L;
  }
  COS_H = ch;
  COS_L = cl;
}

/** sin(x) and cos(x) as double-doubles in SIN_H, SIN_L, COS_H, COS_L (x finite). */
function sinCos(x: number): void {
  reduce(x);
  sinCosSmall(H, L);
  const sh = SIN_H;
  const sl = SIN_L;
  const ch = COS_H;
  const cl = COS_L;
  switch (QUADRANT) {
    case 1:
      SIN_H = ch;
      SIN_L = cl;
      COS_H = -sh;
      COS_L = -sl;
      break;
    case 2:
      SIN_H = -sh;
      SIN_L = -sl;
      COS_H = -ch;
      COS_L = -cl;
      break;
    case 3:
      SIN_H = -ch;
      SIN_L = -cl;
      COS_H = sh;
      COS_L = sl;
      break;
  }
}

/**
 * sin and cos of x (|x| < 2**19) to ~2**-64 relative in SIN_H.. COS_L; false when the reduced argument
 * is too close to 0 for that bound (x near a multiple of pi/2).
 */
function sinCosFast(x: number): boolean {
  reduce(x);
  const rh = H;
  const rl = L;
  if (rh !== 0 && Math.abs(rh) < 9.5367431640625e-7 && Math.abs(x) > 0.785398163397448) return false;
  const j = Math.round(rh * 64);
  const aj = j < 0 ? -j : j;
  const th = rh - j / 64;
  const t2 = th * th;
  const sp = th * t2 * (-1 / 6 + t2 * (1 / 120 + t2 * (-1 / 5040 + t2 / 362880)));
  quickTwoSum(th, rl + sp);
  const sth = H;
  const stl = L;
  const ct1 = t2 * (-0.5 + t2 * (1 / 24 + t2 * (-1 / 720 + t2 / 40320)));
  let sah = SC_TABLE[4 * aj]!;
  let sal = SC_TABLE[4 * aj + 1]!;
  if (j < 0) {
    sah = -sah;
    sal = -sal;
  }
  const cah = SC_TABLE[4 * aj + 2]!;
  const cal = SC_TABLE[4 * aj + 3]!;
  // sin(a + t) = sin a + (sin a (cos t - 1) + cos a sin t)
  ddMul(cah, cal, sth, stl);
  const p1h = H;
  const p1l = L;
  ddAdd(sah, sal, sah * ct1, 0);
  ddAdd(H, L, p1h, p1l);
  const sh = H;
  const sl = L;
  // cos(a + t) = cos a + (cos a (cos t - 1) - sin a sin t)
  ddMul(sah, sal, sth, stl);
  const p2h = H;
  const p2l = L;
  ddAdd(cah, cal, cah * ct1, 0);
  ddAdd(H, L, -p2h, -p2l);
  const ch = H;
  const cl = L;
  switch (QUADRANT) {
    case 0:
      SIN_H = sh;
      SIN_L = sl;
      COS_H = ch;
      COS_L = cl;
      break;
    case 1:
      SIN_H = ch;
      SIN_L = cl;
      COS_H = -sh;
      COS_L = -sl;
      break;
    case 2:
      SIN_H = -sh;
      SIN_L = -sl;
      COS_H = -ch;
      COS_L = -cl;
      break;
    default:
      SIN_H = -ch;
      SIN_L = -cl;
      COS_H = sh;
      COS_L = sl;
  }
  return true;
}

/** sin and cos of x to ~2**-64 when possible (fast), else to ~2**-104; returns whether fast. */
function sinCosAny(x: number): boolean {
  if (Math.abs(x) < 524288 && sinCosFast(x)) return true;
  sinCos(x);
  return false;
}

const ERR_FAST = 2.168404344971009e-19; // 2**-62

function sin(x: number): number {
  if (!Number.isFinite(x)) return Number.NaN;
  if (x === 0 || Math.abs(x) < 1e-150) return x;
  if (sinCosAny(x)) {
    const v = roundIfSafe(SIN_H, SIN_L, ERR_FAST);
    if (!Number.isNaN(v)) return v;
    sinCos(x);
  }
  return SIN_H + SIN_L;
}

function cos(x: number): number {
  if (!Number.isFinite(x)) return Number.NaN;
  if (sinCosAny(x)) {
    const v = roundIfSafe(COS_H, COS_L, ERR_FAST);
    if (!Number.isNaN(v)) return v;
    sinCos(x);
  }
  return COS_H + COS_L;
}

function tan(x: number): number {
  if (!Number.isFinite(x)) return Number.NaN;
  if (x === 0 || Math.abs(x) < 1e-150) return x;
  if (sinCosAny(x)) {
    ddDiv(SIN_H, SIN_L, COS_H, COS_L);
    const v = roundIfSafe(H, L, ERR_FAST * 2);
    if (!Number.isNaN(v)) return v;
    sinCos(x);
  }
  ddDiv(SIN_H, SIN_L, COS_H, COS_L);
  return H + L;
}

/**
 * y0 + delta, delta = (nh + nl) / den correcting a close approximation y0. `fast`: sin/cos came from the
 * fast path, whose error `scale * 2**-62` (relative to the terms of the numerator) may make the rounding
 * unsure: then NaN (the caller redoes it with the slow path).
 */
function refine(y0: number, nh: number, nl: number, den: number, fast: boolean, scale: number): number {
  const d = (nh + nl) / den;
  twoSum(y0, d);
  if (!fast) return H + L;
  return roundIfSafeAbs(H, L, (ERR_FAST * 4 * scale) / Math.abs(den) + Math.abs(d) * 1e-15);
}

function atan(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === 0 || Math.abs(x) < 1e-150) return x;
  if (Math.abs(x) > 1e17) return x > 0 ? PIO2_HI : -PIO2_HI;
  // Newton step on tan(y) = x from y0: delta = (x cos y0 - sin y0) / (cos y0 + x sin y0)
  const y0 = Math.atan(x);
  for (let pass = 0; ; pass++) {
    const fast = pass === 0 && sinCosAny(y0);
    if (pass > 0) sinCos(y0);
    const s = SIN_H;
    const c = COS_H;
    ddMulD(COS_H, COS_L, x);
    ddAdd(H, L, -SIN_H, -SIN_L);
    const v = refine(y0, H, L, c + x * s, fast, Math.abs(x * c) + Math.abs(s));
    if (!Number.isNaN(v)) return v;
  }
}

function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (!Number.isFinite(x) || !Number.isFinite(y) || y === 0 || x === 0) return Math.atan2(y, x);
  // Scale both by a power of two so that the larger is near 1 (the angle does not change).
  const big = Math.max(Math.abs(x), Math.abs(y));
  const sc = pow2(-Math.max(-1022, Math.min(1023, Math.floor(Math.log2(big)))));
  const xs = x * sc;
  const ys = y * sc;
  const z0 = Math.atan2(y, x);
  if (z0 === 0 || Math.abs(z0) < 1e-290 || !Number.isFinite(xs) || !Number.isFinite(ys)) return z0;
  for (let pass = 0; ; pass++) {
    const fast = pass === 0 && sinCosAny(z0);
    if (pass > 0) sinCos(z0);
    const sh = SIN_H;
    const sl = SIN_L;
    const ch = COS_H;
    const cl = COS_L;
    // delta = (y cos z0 - x sin z0) / (x cos z0 + y sin z0)
    ddMulD(ch, cl, ys);
    const ah = H;
    const al = L;
    ddMulD(sh, sl, xs);
    ddAdd(ah, al, -H, -L);
    const v = refine(z0, H, L, xs * ch + ys * sh, fast, Math.abs(ys * ch) + Math.abs(xs * sh));
    if (!Number.isNaN(v)) return v;
  }
}

function asin(x: number): number {
  if (Number.isNaN(x) || x > 1 || x < -1) return Number.NaN;
  if (x === 0 || Math.abs(x) < 1e-150) return x;
  if (Math.abs(x) === 1) return x * PIO2_HI;
  // Newton step on sin(y) = x: delta = (x - sin y0) / cos y0
  const y0 = Math.asin(x);
  for (let pass = 0; ; pass++) {
    const fast = pass === 0 && sinCosAny(y0);
    if (pass > 0) sinCos(y0);
    const c = COS_H;
    ddAdd(x, 0, -SIN_H, -SIN_L);
    const v = refine(y0, H, L, c, fast, Math.abs(x));
    if (!Number.isNaN(v)) return v;
  }
}

function acos(x: number): number {
  if (Number.isNaN(x) || x > 1 || x < -1) return Number.NaN;
  if (x === 1) return 0;
  if (x === -1) return 2 * PIO2_HI;
  // Newton step on cos(y) = x: delta = (cos y0 - x) / sin y0
  const y0 = Math.acos(x);
  for (let pass = 0; ; pass++) {
    const fast = pass === 0 && sinCosAny(y0);
    if (pass > 0) sinCos(y0);
    const s = SIN_H;
    ddAdd(COS_H, COS_L, -x, 0);
    const v = refine(y0, H, L, s, fast, Math.abs(x) + 1);
    if (!Number.isNaN(v)) return v;
  }
}

// ---------------------------------------------------------------------------------------------------
// glibc's algorithms over the functions above

const expm1 = Math.expm1;
const log1p = Math.log1p;
const LN2 = Math.LN2;

function sinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = expm1(ax);
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * exp(ax);
  if (ax <= 710.4758600739439) {
    const w = exp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307;
}

function cosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1;
      const t = expm1(Math.abs(x));
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = exp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(Math.abs(x));
  if (Math.abs(x) <= 710.4758600739439) {
    const w = exp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Number.POSITIVE_INFINITY;
}

function tanh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    if (Number.isNaN(x)) return x;
    return jx >= 0 ? 1 : -1;
  }
  let z: number;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1 + x);
    if (ix >= 0x3ff00000) {
      const t = expm1(2 * Math.abs(x));
      z = 1 - 2 / (t + 2);
    } else {
      const t = expm1(-2 * Math.abs(x));
      z = -t / (t + 2);
    }
  } else z = 1;
  return jx >= 0 ? z : -z;
}

function asinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  if (ix < 0x3e300000) return x;
  const xa = Math.abs(x);
  let w: number;
  if (ix > 0x41b00000) w = log(xa) + LN2;
  else if (ix > 0x40000000) w = log(2.0 * xa + 1 / (Math.sqrt(xa * xa + 1) + xa));
  else {
    const t = xa * xa;
    w = log1p(xa + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

function acosh(x: number): number {
  if (Number.isNaN(x) || x < 1) return Number.NaN;
  if (x >= 268435456) {
    if (x === Number.POSITIVE_INFINITY) return x;
    return log(x) + LN2;
  }
  if (x === 1) return 0;
  if (x > 2) {
    const t = x * x;
    return log(2.0 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return log1p(t + Math.sqrt(2.0 * t + t * t));
}

function atanh(x: number): number {
  if (Number.isNaN(x)) return x;
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-9) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + (t * xa) / (1.0 - xa));
  } else if (xa < 1) t = 0.5 * log1p((xa + xa) / (1.0 - xa));
  else if (xa > 1) return Number.NaN;
  else return x / 0;
  return x < 0 ? -t : t;
}

const CBRT2 = 1.2599210498948732;
const SQR_CBRT2 = 1.5874010519681996;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/** glibc's cbrt (dbl-64/s_cbrt.c): a polynomial guess, one rational step, scaled by the exponent. */
function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  // frexp(|x|)
  let xm = Math.abs(x);
  let xe = 0;
  let hw = highWord(xm);
  if (hw >>> 20 === 0) {
    xm *= 18014398509481984;
    xe -= 54;
    hw = highWord(xm);
  }
  xe += (hw >>> 20) - 1022;
  f64[0] = xm;
  u32[HI_WORD] = (hw & 0x800fffff) | (1022 << 20);
  xm = f64[0]!;
  const u =
    0.35489576504391984 +
    (1.508191937815849 +
      (-2.114994941673713 +
        (2.4469312256353444 + (-1.8346927748361308 + (0.7849323449766392 - 0.14526389938548637 * xm) * xm) * xm) * xm) *
        xm) *
      xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)]!;
  const r = ymLdexp(x > 0 ? ym : -ym, Math.trunc(xe / 3));
  return r;
}

function ymLdexp(v: number, e: number): number {
  return roundScaled(v, 0, e);
}

// erf and erfc (fdlibm's, as glibc evaluates them)
const ERX = 0.8450629115104675;
const EFX = 0.1283791670955126;
const PP = [
  0.12837916709551256, -0.3250421072470015, -0.02848174957559851, -0.005770270296489442, -0.000023763016656650163,
];
const QQ = [
  0.0, 0.39791722395915535, 0.0650222499887673, 0.005081306281875766, 0.00013249473800432164, -0.000003960228278775368,
];
const PA = [
  -0.0023621185607526594, 0.41485611868374833, -0.3722078760357013, 0.31834661990116175, -0.11089469428239668,
  0.035478304325618236, -0.002166375594868791,
];
const QA = [
  0.0, 0.10642088040084423, 0.540397917702171, 0.07182865441419627, 0.12617121980876164, 0.01363708391202905,
  0.011984499846799107,
];
const RA = [
  -0.009864944034847148, -0.6938585727071818, -10.558626225323291, -62.375332450326006, -162.39666946257347,
  -184.60509290671104, -81.2874355063066, -9.814329344169145,
];
const SA = [
  0.0, 19.651271667439257, 137.65775414351904, 434.56587747522923, 645.3872717332679, 429.00814002756783,
  108.63500554177944, 6.570249770319282, -0.0604244152148581,
];
const RB = [
  -0.0098649429247001, -0.799283237680523, -17.757954917754752, -160.63638485582192, -637.5664433683896,
  -1025.0951316110772, -483.5191916086514,
];
const SB = [
  0.0, 30.33806074348246, 325.7925129965739, 1536.729586084437, 3199.8582195085955, 2553.0504064331644,
  474.52854120695537, -22.44095244658582,
];

/** R(x^2) of erf on [0, 0.84375]: erf(x) = x + x*R. */
function erfSmallRatio(z: number): number {
  const r1 = PP[0]! + z * PP[1]!;
  const z2 = z * z;
  const r2 = PP[2]! + z * PP[3]!;
  const z4 = z2 * z2;
  const s1 = 1 + z * QQ[1]!;
  const s2 = QQ[2]! + z * QQ[3]!;
  const s3 = QQ[4]! + z * QQ[5]!;
  const r = r1 + z2 * r2 + z4 * PP[4]!;
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** P/Q of erf on [0.84375, 1.25], s = |x| - 1. */
function erfMidRatio(s: number): number {
  const P1 = PA[0]! + s * PA[1]!;
  const s2 = s * s;
  const Q1 = 1 + s * QA[1]!;
  const s4 = s2 * s2;
  const P2 = PA[2]! + s * PA[3]!;
  const s6 = s4 * s2;
  const Q2 = QA[2]! + s * QA[3]!;
  const P3 = PA[4]! + s * PA[5]!;
  const Q3 = QA[4]! + s * QA[5]!;
  const P = P1 + s2 * P2 + s4 * P3 + s6 * PA[6]!;
  const Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * QA[6]!;
  return P / Q;
}

/** exp(-x*x - 0.5625 + R/S) for |x| >= 1.25 (x > 0). */
function erfcTail(x: number, lowBound: boolean): number {
  const s = 1 / (x * x);
  let R: number;
  let S: number;
  if (lowBound) {
    const R1 = RA[0]! + s * RA[1]!;
    const s2 = s * s;
    const S1 = 1 + s * SA[1]!;
    const s4 = s2 * s2;
    const R2 = RA[2]! + s * RA[3]!;
    const s6 = s4 * s2;
    const S2 = SA[2]! + s * SA[3]!;
    const s8 = s4 * s4;
    const R3 = RA[4]! + s * RA[5]!;
    const S3 = SA[4]! + s * SA[5]!;
    const R4 = RA[6]! + s * RA[7]!;
    const S4 = SA[6]! + s * SA[7]!;
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * SA[8]!;
  } else {
    const R1 = RB[0]! + s * RB[1]!;
    const s2 = s * s;
    const S1 = 1 + s * SB[1]!;
    const s4 = s2 * s2;
    const R2 = RB[2]! + s * RB[3]!;
    const s6 = s4 * s2;
    const S2 = SB[2]! + s * SB[3]!;
    const R3 = RB[4]! + s * RB[5]!;
    const S3 = SB[4]! + s * SB[5]!;
    const S4 = SB[6]! + s * SB[7]!;
    R = R1 + s2 * R2 + s4 * R3 + s6 * RB[6]!;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  const z = withLowWordZero(x);
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S);
}

function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + 16.0 * EFX * x);
      return x + EFX * x;
    }
    return x + x * erfSmallRatio(x * x);
  }
  if (ix < 0x3ff40000) {
    const pq = erfMidRatio(Math.abs(x) - 1);
    return x >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40180000) return x >= 0 ? 1 : -1;
  const ax = Math.abs(x);
  const r = erfcTail(ax, ix < 0x4006db6e);
  return x >= 0 ? 1 - r / ax : r / ax - 1;
}

function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 0 : 2;
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = erfSmallRatio(x * x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const pq = erfMidRatio(Math.abs(x) - 1);
    if (hx >= 0) return 1 - ERX - pq;
    return 1 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    const ax = Math.abs(x);
    if (ix >= 0x4006db6d && hx < 0 && ix >= 0x40180000) return 2;
    const r = erfcTail(ax, ix < 0x4006db6d);
    return hx > 0 ? r / ax : 2 - r / ax;
  }
  return hx > 0 ? 0 : 2;
}

/** The functions, initializing the tables on first use. */
export const libm = {
  exp: (x: number): number => {
    if (!ready) init();
    return exp(x);
  },
  expm1,
  exp2: (x: number): number => {
    if (!ready) init();
    return exp2(x);
  },
  log: (x: number): number => {
    if (!ready) init();
    return log(x);
  },
  log2: (x: number): number => {
    if (!ready) init();
    return log2(x);
  },
  log10: (x: number): number => {
    if (!ready) init();
    return log10(x);
  },
  log1p,
  pow: (x: number, y: number): number => {
    if (!ready) init();
    return pow(x, y);
  },
  sin: (x: number): number => {
    if (!ready) init();
    return sin(x);
  },
  cos: (x: number): number => {
    if (!ready) init();
    return cos(x);
  },
  tan: (x: number): number => {
    if (!ready) init();
    return tan(x);
  },
  asin: (x: number): number => {
    if (!ready) init();
    return asin(x);
  },
  acos: (x: number): number => {
    if (!ready) init();
    return acos(x);
  },
  atan: (x: number): number => {
    if (!ready) init();
    return atan(x);
  },
  atan2: (x: number, y: number): number => {
    if (!ready) init();
    return atan2(x, y);
  },
  sinh: (x: number): number => {
    if (!ready) init();
    return sinh(x);
  },
  cosh: (x: number): number => {
    if (!ready) init();
    return cosh(x);
  },
  tanh: (x: number): number => {
    if (!ready) init();
    return tanh(x);
  },
  asinh: (x: number): number => {
    if (!ready) init();
    return asinh(x);
  },
  acosh: (x: number): number => {
    if (!ready) init();
    return acosh(x);
  },
  atanh: (x: number): number => {
    if (!ready) init();
    return atanh(x);
  },
  cbrt: (x: number): number => {
    if (!ready) init();
    return cbrt(x);
  },
  erf: (x: number): number => {
    if (!ready) init();
    return erf(x);
  },
  erfc: (x: number): number => {
    if (!ready) init();
    return erfc(x);
  },
};
