// list.sort(): CPython's timsort (Objects/listobject.c, Objects/listsort.txt) step for step — natural
// runs found by count_run (descending runs reversed, with their equal sub-runs kept stable), short runs
// extended by binary insertion to minrun, runs merged by the "powersort" policy with galloping merges.
// Following CPython exactly keeps the same sequence of `<` comparisons, which programs can observe
// (a __lt__ that counts, logs or is inconsistent), and the same result for inconsistent orders.
//
// Keys (and, with a key function, the items as "values") are permuted in lockstep. A comparison that
// raises leaves both arrays a permutation of their input, as CPython guarantees.

import { None } from "./builtin_types.js";
import { valueError } from "./exceptions.js";
import type { PyList } from "./list.js";
import type { PyObject } from "./object.js";
import { call, isTrue, PY_LT, richCompare } from "../vm/abstract.js";

const MIN_GALLOP = 7;
const MAX_MINRUN = 64;

/** `a < b` as the sort sees it (PyObject_RichCompareBool(a, b, Py_LT)). */
function lt(a: PyObject, b: PyObject): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  const r = richCompare(a, b, PY_LT);
  return typeof r === "boolean" ? r : isTrue(r);
}

class MergeState {
  keys: PyObject[];
  values: PyObject[] | null;
  minGallop = MIN_GALLOP;
  // The stack of pending runs.
  base: number[] = [];
  len: number[] = [];
  power: number[] = [];
  n = 0;
  listlen: number;
  // Temporary storage for merges.
  tk: PyObject[] = [];
  tv: PyObject[] = [];

  constructor(keys: PyObject[], values: PyObject[] | null) {
    this.keys = keys;
    this.values = values;
    this.listlen = keys.length;
  }

  /** Temporary storage for `need` slots (CPython's merge_getmem). */
  reserve(need: number): void {
    if (this.tk.length >= need) return;
    this.tk = new Array(need).fill(undefined);
    if (this.values !== null) this.tv = new Array(need).fill(undefined);
  }
}

function reverseRange(a: PyObject[], lo: number, n: number): void {
  let i = lo;
  let j = lo + n - 1;
  while (i < j) {
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
    i++;
    j--;
  }
}

function reverseSlice(ms: MergeState, lo: number, n: number): void {
  reverseRange(ms.keys, lo, n);
  if (ms.values !== null) reverseRange(ms.values, lo, n);
}

/** Stable binary insertion sort of keys[lo, lo+n), whose first `ok` items are sorted already. */
function binarySort(ms: MergeState, lo: number, n: number, ok: number): void {
  const a = ms.keys;
  const v = ms.values;
  if (ok === 0) ok = 1;
  for (; ok < n; ok++) {
    let L = 0;
    let R = ok;
    const pivot = a[lo + ok];
    do {
      const M = (L + R) >> 1;
      if (lt(pivot, a[lo + M])) R = M;
      else L = M + 1;
    } while (L < R);
    for (let M = ok; M > L; M--) a[lo + M] = a[lo + M - 1];
    a[lo + L] = pivot;
    if (v !== null) {
      const vp = v[lo + ok];
      for (let M = ok; M > L; M--) v[lo + M] = v[lo + M - 1];
      v[lo + L] = vp;
    }
  }
}

/** Length of the run starting at lo (at most nremaining), made ascending in place (CPython 3.13's count_run). */
function countRun(ms: MergeState, lo: number, nremaining: number): number {
  const a = ms.keys;
  let n: number;
  for (n = 1; n < nremaining; n++) if (lt(a[lo + n], a[lo + n - 1])) break;
  if (n === nremaining) return n;
  if (n > 1) {
    if (lt(a[lo], a[lo + n - 1])) return n;
    reverseSlice(ms, lo, n);
  }
  n++;
  let neq = 0;
  for (; n < nremaining; n++) {
    if (lt(a[lo + n], a[lo + n - 1])) {
      if (neq) {
        neq++;
        reverseSlice(ms, lo + n - neq, neq);
        neq = 0;
      }
    } else if (lt(a[lo + n - 1], a[lo + n])) break;
    else neq++;
  }
  if (neq) {
    neq++;
    reverseSlice(ms, lo + n - neq, neq);
  }
  reverseSlice(ms, lo, n);
  for (; n < nremaining; n++) if (lt(a[lo + n], a[lo + n - 1])) break;
  return n;
}

/** Position of key in the sorted a[base, base+n): left of equal items (CPython's gallop_left). */
function gallopLeft(key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  if (lt(a[base + hint], key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(a[base + hint + ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(a[base + hint - ofs], key)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(a[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** Position of key in the sorted a[base, base+n): right of equal items (CPython's gallop_right). */
function gallopRight(key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  if (lt(key, a[base + hint])) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(key, a[base + hint - ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, a[base + hint + ofs])) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, a[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** Copies n slots from (src, si) to (dst, di) for the keys and, when present, the values. */
function copySlots(
  dstK: PyObject[],
  dstV: PyObject[] | null,
  di: number,
  srcK: PyObject[],
  srcV: PyObject[] | null,
  si: number,
  n: number,
): void {
  if (dstK === srcK) {
    dstK.copyWithin(di, si, si + n);
    if (dstV !== null && srcV !== null) dstV.copyWithin(di, si, si + n);
    return;
  }
  for (let i = 0; i < n; i++) dstK[di + i] = srcK[si + i];
  if (dstV !== null && srcV !== null) for (let i = 0; i < n; i++) dstV[di + i] = srcV[si + i];
}

const SUCCEED = 0;
const COPY_REST = 1;

/** Merges the runs at pa (na items) and pb = pa + na (nb items), na <= nb (CPython's merge_lo). */
function mergeLo(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const keys = ms.keys;
  const vals = ms.values;
  ms.reserve(na);
  const tk = ms.tk;
  const tv = ms.tv;
  copySlots(tk, vals === null ? null : tv, 0, keys, vals, pa, na);
  let dest = pa;
  let ia = 0;
  let ib = pb;
  let mode = SUCCEED;
  try {
    mode = (() => {
      keys[dest] = keys[ib];
      if (vals !== null) vals[dest] = vals[ib];
      dest++;
      ib++;
      if (--nb === 0) return SUCCEED;
      if (na === 1) return COPY_REST;
      let minGallop = ms.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(keys[ib], tk[ia])) {
            keys[dest] = keys[ib];
            if (vals !== null) vals[dest] = vals[ib];
            dest++;
            ib++;
            bcount++;
            acount = 0;
            if (--nb === 0) return SUCCEED;
            if (bcount >= minGallop) break;
          } else {
            keys[dest] = tk[ia];
            if (vals !== null) vals[dest] = tv[ia];
            dest++;
            ia++;
            acount++;
            bcount = 0;
            if (--na === 1) {
              return COPY_REST;
            }
            if (acount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          ms.minGallop = minGallop;
          let k = gallopRight(keys[ib], tk, ia, na, 0);
          acount = k;
          if (k) {
            copySlots(keys, vals, dest, tk, vals === null ? null : tv, ia, k);
            dest += k;
            ia += k;
            na -= k;
            if (na === 1) {
              return COPY_REST;
            }
            if (na === 0) return SUCCEED;
          }
          keys[dest] = keys[ib];
          if (vals !== null) vals[dest] = vals[ib];
          dest++;
          ib++;
          if (--nb === 0) return SUCCEED;
          k = gallopLeft(tk[ia], keys, ib, nb, 0);
          bcount = k;
          if (k) {
            copySlots(keys, vals, dest, keys, vals, ib, k);
            dest += k;
            ib += k;
            nb -= k;
            if (nb === 0) return SUCCEED;
          }
          keys[dest] = tk[ia];
          if (vals !== null) vals[dest] = tv[ia];
          dest++;
          ia++;
          if (--na === 1) {
            return COPY_REST;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        ms.minGallop = minGallop;
      }
    })();
  } catch (e) {
    if (na) copySlots(keys, vals, dest, tk, vals === null ? null : tv, ia, na);
    throw e;
  }
  if (mode === SUCCEED) {
    if (na) copySlots(keys, vals, dest, tk, vals === null ? null : tv, ia, na);
    return;
  }
  // The last item of run a belongs at the end of the merge.
  copySlots(keys, vals, dest, keys, vals, ib, nb);
  keys[dest + nb] = tk[ia];
  if (vals !== null) vals[dest + nb] = tv[ia];
}

/** Merges the runs at pa (na items) and pb = pa + na (nb items), na >= nb (CPython's merge_hi). */
function mergeHi(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const keys = ms.keys;
  const vals = ms.values;
  ms.reserve(nb);
  const tk = ms.tk;
  const tv = ms.tv;
  copySlots(tk, vals === null ? null : tv, 0, keys, vals, pb, nb);
  let dest = pb + nb - 1;
  const basea = pa;
  let ib = nb - 1;
  let ia = pa + na - 1;
  let mode = SUCCEED;
  try {
    mode = (() => {
      keys[dest] = keys[ia];
      if (vals !== null) vals[dest] = vals[ia];
      dest--;
      ia--;
      if (--na === 0) return SUCCEED;
      if (nb === 1) return COPY_REST;
      let minGallop = ms.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(tk[ib], keys[ia])) {
            keys[dest] = keys[ia];
            if (vals !== null) vals[dest] = vals[ia];
            dest--;
            ia--;
            acount++;
            bcount = 0;
            if (--na === 0) return SUCCEED;
            if (acount >= minGallop) break;
          } else {
            keys[dest] = tk[ib];
            if (vals !== null) vals[dest] = tv[ib];
            dest--;
            ib--;
            bcount++;
            acount = 0;
            if (--nb === 1) {
              return COPY_REST;
            }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          ms.minGallop = minGallop;
          let k = gallopRight(tk[ib], keys, basea, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k;
            ia -= k;
            copySlots(keys, vals, dest + 1, keys, vals, ia + 1, k);
            na -= k;
            if (na === 0) return SUCCEED;
          }
          keys[dest] = tk[ib];
          if (vals !== null) vals[dest] = tv[ib];
          dest--;
          ib--;
          if (--nb === 1) {
            return COPY_REST;
          }
          k = gallopLeft(keys[ia], tk, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k;
            ib -= k;
            copySlots(keys, vals, dest + 1, tk, vals === null ? null : tv, ib + 1, k);
            nb -= k;
            if (nb === 1) {
              return COPY_REST;
            }
            if (nb === 0) return SUCCEED;
          }
          keys[dest] = keys[ia];
          if (vals !== null) vals[dest] = vals[ia];
          dest--;
          ia--;
          if (--na === 0) return SUCCEED;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        ms.minGallop = minGallop;
      }
    })();
  } catch (e) {
    if (nb) copySlots(keys, vals, dest - (nb - 1), tk, vals === null ? null : tv, 0, nb);
    throw e;
  }
  if (mode === SUCCEED) {
    if (nb) copySlots(keys, vals, dest - (nb - 1), tk, vals === null ? null : tv, 0, nb);
    return;
  }
  // The first item of run b belongs at the front of the merge.
  copySlots(keys, vals, dest + 1 - na, keys, vals, ia + 1 - na, na);
  dest -= na;
  keys[dest] = tk[ib];
  if (vals !== null) vals[dest] = tv[ib];
}

/** Merges the pending runs i and i+1 (CPython's merge_at). */
function mergeAt(ms: MergeState, i: number): void {
  let pa = ms.base[i]!;
  let na = ms.len[i]!;
  const pb = ms.base[i + 1]!;
  let nb = ms.len[i + 1]!;
  ms.len[i] = na + nb;
  if (i === ms.n - 3) {
    ms.base[i + 1] = ms.base[i + 2]!;
    ms.len[i + 1] = ms.len[i + 2]!;
    ms.power[i + 1] = ms.power[i + 2]!;
  }
  ms.n--;
  const keys = ms.keys;
  const k = gallopRight(keys[pb], keys, pa, na, 0);
  pa += k;
  na -= k;
  if (na === 0) return;
  nb = gallopLeft(keys[pa + na - 1], keys, pb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) mergeLo(ms, pa, na, pb, nb);
  else mergeHi(ms, pa, na, pb, nb);
}

/** The "power" of the run boundary between two adjacent runs (CPython's powerloop). */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

function foundNewRun(ms: MergeState, n2: number): void {
  if (ms.n === 0) return;
  const s1 = ms.base[ms.n - 1]!;
  const n1 = ms.len[ms.n - 1]!;
  const power = powerloop(s1, n1, n2, ms.listlen);
  while (ms.n > 1 && ms.power[ms.n - 2]! > power) mergeAt(ms, ms.n - 2);
  ms.power[ms.n - 1] = power;
}

function mergeForceCollapse(ms: MergeState): void {
  while (ms.n > 1) {
    let n = ms.n - 2;
    if (n > 0 && ms.len[n - 1]! < ms.len[n + 1]!) n--;
    mergeAt(ms, n);
  }
}

function computeMinrun(n: number): number {
  let r = 0;
  while (n >= MAX_MINRUN) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** Sorts `keys` ascending, stably, permuting `values` (when not null) in lockstep. */
export function timsort(keys: PyObject[], values: PyObject[] | null): void {
  let nremaining = keys.length;
  if (nremaining < 2) return;
  const ms = new MergeState(keys, values);
  const minrun = computeMinrun(nremaining);
  let lo = 0;
  do {
    let n = countRun(ms, lo, nremaining);
    if (n < minrun) {
      const force = Math.min(nremaining, minrun);
      binarySort(ms, lo, force, n);
      n = force;
    }
    foundNewRun(ms, n);
    ms.base[ms.n] = lo;
    ms.len[ms.n] = n;
    ms.n++;
    lo += n;
    nremaining -= n;
  } while (nremaining);
  mergeForceCollapse(ms);
}

/**
 * list.sort(key=, reverse=) (CPython's list_sort_impl): the list looks empty while it is being sorted,
 * and a list changed meanwhile raises "list modified during sort".
 */
export function listSort(self: PyList, key: PyObject, reverse: PyObject): void {
  const rev = typeof reverse === "boolean" ? reverse : isTrue(reverse);
  const saved = self.items;
  const during: PyObject[] = [];
  self.items = during;
  const n = saved.length;
  let keys: PyObject[] | null = null;
  try {
    if (key !== None) {
      keys = new Array(n);
      for (let i = 0; i < n; i++) keys[i] = call(key, [saved[i]]);
    }
  } catch (e) {
    self.items = saved;
    throw e;
  }
  let failed = false;
  let error: unknown;
  try {
    if (n > 1) {
      if (rev) {
        if (keys !== null) keys.reverse();
        saved.reverse();
      }
      if (keys === null) timsort(saved, null);
      else timsort(keys, saved);
    }
  } catch (e) {
    failed = true;
    error = e;
  }
  const modified = self.items !== during || during.length !== 0;
  if (rev && n > 1) saved.reverse();
  self.items = saved;
  if (failed) throw error;
  if (modified) throw valueError("list modified during sort");
}

/** `sorted(iterable, key=, reverse=)` on a fresh list. */
export function sortedList(list: PyList, key: PyObject, reverse: PyObject): PyList {
  listSort(list, key, reverse);
  return list;
}
