// Hashes of str and bytes as CPython 3.13 computes them with PYTHONHASHSEED=0 (Python/pyhash.c):
// SipHash-1-3 with a zero key over the object's memory — for bytes the bytes themselves, for str its
// PEP 393 representation (1, 2 or 4 little-endian bytes per code point, chosen by the largest code
// point). An empty input hashes to 0 and a result of -1 becomes -2 (-1 means "error" in C).
//
// 64-bit arithmetic is done on pairs of unsigned 32-bit halves: no BigInt on the hot path.

import type { Int } from "./int.js";
import type { PyCodePointStr } from "./str.js";

// The SipHash state: v0..v3 as (hi, lo) pairs.
let v0h = 0;
let v0l = 0;
let v1h = 0;
let v1l = 0;
let v2h = 0;
let v2l = 0;
let v3h = 0;
let v3l = 0;

/** One SipRound (CPython's SINGLE_ROUND = two HALF_ROUNDs). */
function sipRound(): void {
  // HALF_ROUND(v0, v1, v2, v3, 13, 16)
  let lo = (v0l + v1l) >>> 0;
  v0h = (v0h + v1h + (lo < v0l ? 1 : 0)) >>> 0;
  v0l = lo;
  lo = (v2l + v3l) >>> 0;
  v2h = (v2h + v3h + (lo < v2l ? 1 : 0)) >>> 0;
  v2l = lo;
  // v1 = rotl(v1, 13) ^ v0
  let h = ((v1h << 13) | (v1l >>> 19)) >>> 0;
  let l = ((v1l << 13) | (v1h >>> 19)) >>> 0;
  v1h = (h ^ v0h) >>> 0;
  v1l = (l ^ v0l) >>> 0;
  // v3 = rotl(v3, 16) ^ v2
  h = ((v3h << 16) | (v3l >>> 16)) >>> 0;
  l = ((v3l << 16) | (v3h >>> 16)) >>> 0;
  v3h = (h ^ v2h) >>> 0;
  v3l = (l ^ v2l) >>> 0;
  // v0 = rotl(v0, 32)
  h = v0h;
  v0h = v0l;
  v0l = h;
  // HALF_ROUND(v2, v1, v0, v3, 17, 21)
  lo = (v2l + v1l) >>> 0;
  v2h = (v2h + v1h + (lo < v2l ? 1 : 0)) >>> 0;
  v2l = lo;
  lo = (v0l + v3l) >>> 0;
  v0h = (v0h + v3h + (lo < v0l ? 1 : 0)) >>> 0;
  v0l = lo;
  // v1 = rotl(v1, 17) ^ v2
  h = ((v1h << 17) | (v1l >>> 15)) >>> 0;
  l = ((v1l << 17) | (v1h >>> 15)) >>> 0;
  v1h = (h ^ v2h) >>> 0;
  v1l = (l ^ v2l) >>> 0;
  // v3 = rotl(v3, 21) ^ v0
  h = ((v3h << 21) | (v3l >>> 11)) >>> 0;
  l = ((v3l << 21) | (v3h >>> 11)) >>> 0;
  v3h = (h ^ v0h) >>> 0;
  v3l = (l ^ v0l) >>> 0;
  // v2 = rotl(v2, 32)
  h = v2h;
  v2h = v2l;
  v2l = h;
}

/** Reads byte `i` of the message (the caller's view of its data). */
type ByteAt = (i: number) => number;

/** SipHash-1-3 with k0 = k1 = 0 over `n` bytes; the result as a signed Python int (Py_hash_t). */
function siphash13(n: number, at: ByteAt): Int {
  // k0 = k1 = 0, so v_i are the constants themselves
  v0h = 0x736f6d65;
  v0l = 0x70736575;
  v1h = 0x646f7261;
  v1l = 0x6e646f6d;
  v2h = 0x6c796765;
  v2l = 0x6e657261;
  v3h = 0x74656462;
  v3l = 0x79746573;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const ml = (at(i) | (at(i + 1) << 8) | (at(i + 2) << 16) | (at(i + 3) << 24)) >>> 0;
    const mh = (at(i + 4) | (at(i + 5) << 8) | (at(i + 6) << 16) | (at(i + 7) << 24)) >>> 0;
    v3h = (v3h ^ mh) >>> 0;
    v3l = (v3l ^ ml) >>> 0;
    sipRound();
    v0h = (v0h ^ mh) >>> 0;
    v0l = (v0l ^ ml) >>> 0;
  }
  // Last block: the remaining bytes, with the length (mod 256) in the top byte.
  let bl = 0;
  let bh = (n & 0xff) << 24;
  for (let k = 0; i + k < n; k++) {
    const byte = at(i + k);
    if (k < 4) bl |= byte << (8 * k);
    else bh |= byte << (8 * (k - 4));
  }
  bl >>>= 0;
  bh >>>= 0;
  v3h = (v3h ^ bh) >>> 0;
  v3l = (v3l ^ bl) >>> 0;
  sipRound();
  v0h = (v0h ^ bh) >>> 0;
  v0l = (v0l ^ bl) >>> 0;
  v2l = (v2l ^ 0xff) >>> 0;
  sipRound();
  sipRound();
  sipRound();
  const th = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  const tl = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  return toSigned(th, tl);
}

/** The signed 64-bit value (hi, lo) as a normalized Python int, with -1 mapped to -2. */
function toSigned(hi: number, lo: number): Int {
  if (hi === 0xffffffff && lo === 0xffffffff) return -2;
  // Fits in a safe integer when the top 11 bits are all zeros or all ones.
  const top = hi >>> 21;
  if (top === 0) return hi * 0x100000000 + lo;
  if (top === 0x7ff) return (hi | 0) * 0x100000000 + lo;
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
}

/** hash(bytes) (also memoryview of bytes). */
export function bytesHash(data: Uint8Array, length: number = data.length): Int {
  if (length === 0) return 0;
  return siphash13(length, (i) => data[i]!);
}

// Hashes of JS strings are cached: dict lookups with str keys hash the same strings over and over.
const STR_CACHE_MAX = 4096;
const strCache = new Map<string, Int>();

/** hash(str) for a JS string. */
export function strHash(s: string): Int {
  if (s.length === 0) return 0;
  let h = strCache.get(s);
  if (h !== undefined) return h;
  h = hashCodeUnits(s);
  if (strCache.size >= STR_CACHE_MAX) strCache.clear();
  strCache.set(s, h);
  return h;
}

function hashCodeUnits(s: string): Int {
  const n = s.length;
  let max = 0;
  let astral = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        astral = true;
        break;
      }
    }
  }
  if (astral) return hashCodePoints(codePointsOfString(s));
  if (max < 0x100) return siphash13(n, (i) => s.charCodeAt(i));
  return siphash13(2 * n, (i) => {
    const c = s.charCodeAt(i >> 1);
    return i & 1 ? c >> 8 : c & 0xff;
  });
}

function codePointsOfString(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    out.push(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** hash(str) from its code points. */
export function hashCodePoints(cps: readonly number[]): Int {
  const n = cps.length;
  if (n === 0) return 0;
  let max = 0;
  for (let i = 0; i < n; i++) if (cps[i]! > max) max = cps[i]!;
  if (max < 0x100) return siphash13(n, (i) => cps[i]!);
  if (max < 0x10000) {
    return siphash13(2 * n, (i) => {
      const c = cps[i >> 1]!;
      return i & 1 ? c >> 8 : c & 0xff;
    });
  }
  return siphash13(4 * n, (i) => (cps[i >> 2]! >> (8 * (i & 3))) & 0xff);
}

/** hash(str) for either representation. */
export function strHashAny(s: string | PyCodePointStr): Int {
  return typeof s === "string" ? strHash(s) : hashCodePoints(s.codePoints);
}
