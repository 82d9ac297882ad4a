// Python `set` and `frozenset`: CPython's hash table (Objects/setobject.c), slot for slot, so that sets
// iterate in CPython's order. Open addressing: a probe looks at LINEAR_PROBES neighbouring slots, then
// jumps with the perturbation recurrence `i = i*5 + 1 + (perturb >>= 5)`. A slot is unused, a dummy (left
// by a removal, it keeps probe chains intact) or active; `fill` counts active + dummy slots, `used` the
// active ones. The table grows (and drops its dummies) when fill*5 >= mask*3.
//
// Hashes are Python ints (Py_hash_t, signed 64-bit); each slot keeps its hash as two int32 halves so the
// probe arithmetic (size_t, unsigned) runs on plain numbers. The algorithms that iterate arbitrary
// iterables live in set_type.ts; this file has no dependency on the VM, so the compiler can build
// frozenset constants.

import { FrozenSetType, SetType } from "./builtin_types.js";
import { dictHooks, type PyDict, pyHash } from "./dict.js";
import type { Int } from "./int.js";
import type { PyObject } from "./object.js";
import type { PyType } from "./type.js";

export { pyHash };

const MINSIZE = 8;
const LINEAR_PROBES = 9;

/** The key of a slot whose member was removed (CPython's `dummy`); never a Python value. */
const DUMMY: object = Object.freeze({ dummy: true });

// The halves of the last hash split by `split` (avoids allocating a pair per operation).
let HLO = 0;
let HHI = 0;

/** Splits a Python hash into its low and high 32-bit halves (two's complement), into HLO/HHI. */
function split(h: Int): void {
  if (typeof h === "number") {
    HLO = h | 0;
    HHI = Math.floor(h / 4294967296) | 0;
  } else {
    HLO = Number(BigInt.asIntN(32, h));
    HHI = Number(BigInt.asIntN(32, h >> 32n));
  }
}

/** The Python int of a hash stored as halves. */
function joinHash(hi: number, lo: number): Int {
  if (hi >= -0x200000 && hi < 0x200000) return hi * 4294967296 + (lo >>> 0);
  return (BigInt(hi) << 32n) | BigInt(lo >>> 0);
}

function eqKeys(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const t = typeof a;
  if (t === typeof b && (t === "string" || t === "number" || t === "bigint" || t === "boolean")) return false;
  return dictHooks.eq(a, b);
}

export class PySet {
  type: PyType;
  dict: PyObject = null;
  /** Slots: undefined (never used), DUMMY (removed member) or a member. */
  keys: PyObject[];
  /** Low and high halves of each slot's hash: 0/0 when unused, -1/-1 for a dummy. */
  hlo: Int32Array;
  hhi: Int32Array;
  mask = MINSIZE - 1;
  fill = 0;
  used = 0;
  /** Where `pop()` starts looking (CPython's finger). */
  finger = 0;
  /** Cached hash of a frozenset, -1 until computed. */
  hash: Int = -1;

  constructor(items: PyObject[] = [], type: PyType = SetType) {
    this.type = type;
    this.keys = new Array(MINSIZE);
    this.hlo = new Int32Array(MINSIZE);
    this.hhi = new Int32Array(MINSIZE);
    for (let i = 0; i < items.length; i++) this.add(items[i]);
  }

  get size(): number {
    return this.used;
  }

  /** The members in iteration order (a snapshot). */
  get items(): PyObject[] {
    const out: PyObject[] = new Array(this.used);
    const keys = this.keys;
    let n = 0;
    for (let i = 0; i <= this.mask; i++) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) out[n++] = k;
    }
    out.length = n;
    return out;
  }

  /** Index of the first active slot at or after `pos`, or -1 (CPython's set_next). */
  nextSlot(pos: number): number {
    const keys = this.keys;
    const mask = this.mask;
    while (pos <= mask) {
      const k = keys[pos];
      if (k !== undefined && k !== DUMMY) return pos;
      pos++;
    }
    return -1;
  }

  /** The hash stored in slot `i`. */
  slotHash(i: number): Int {
    return joinHash(this.hhi[i]!, this.hlo[i]!);
  }

  has(x: PyObject): boolean {
    split(pyHash(x));
    return this.lookkey(x, HLO, HHI) >= 0;
  }

  hasHashed(x: PyObject, h: Int): boolean {
    split(h);
    return this.lookkey(x, HLO, HHI) >= 0;
  }

  add(x: PyObject): void {
    split(pyHash(x));
    this.addEntry(x, HLO, HHI);
  }

  addHashed(x: PyObject, h: Int): void {
    split(h);
    this.addEntry(x, HLO, HHI);
  }

  /** Removes `x`; true when it was a member. */
  discard(x: PyObject): boolean {
    split(pyHash(x));
    return this.discardEntry(x, HLO, HHI);
  }

  discardHashed(x: PyObject, h: Int): boolean {
    split(h);
    return this.discardEntry(x, HLO, HHI);
  }

  /** Slot of `key` or -1 (CPython's set_lookkey). Restarts when a comparison mutates the set. */
  private lookkey(key: PyObject, lo: number, hi: number): number {
    for (;;) {
      const keys = this.keys;
      const hlo = this.hlo;
      const hhi = this.hhi;
      let mask = this.mask;
      let i = lo & mask;
      let plo = lo >>> 0;
      let phi = hi >>> 0;
      let restart = false;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const k = keys[j];
          if (k === undefined) return -1;
          if (hlo[j] === lo && hhi[j] === hi) {
            if (eqKeys(k, key)) {
              if (this.keys !== keys || keys[j] !== k) {
                restart = true;
                break;
              }
              return j;
            }
            if (this.keys !== keys || keys[j] !== k) {
              restart = true;
              break;
            }
            mask = this.mask;
          }
          j++;
        } while (probes-- > 0);
        if (restart) break;
        plo = ((plo >>> 5) | (phi << 27)) >>> 0;
        phi >>>= 5;
        i = (i * 5 + 1 + plo) & mask;
      }
    }
  }

  /** CPython's set_add_entry. */
  private addEntry(key: PyObject, lo: number, hi: number): void {
    for (;;) {
      const keys = this.keys;
      const hlo = this.hlo;
      const hhi = this.hhi;
      let mask = this.mask;
      let i = lo & mask;
      let plo = lo >>> 0;
      let phi = hi >>> 0;
      let freeslot = -1;
      let restart = false;
      let found = -1;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const k = keys[j];
          if (k === undefined) {
            found = j;
            break;
          }
          if (hlo[j] === lo && hhi[j] === hi) {
            if (eqKeys(k, key)) return;
            if (this.keys !== keys || keys[j] !== k) {
              restart = true;
              break;
            }
            mask = this.mask;
          } else if (k === DUMMY) freeslot = j;
          j++;
        } while (probes-- > 0);
        if (restart || found >= 0) break;
        plo = ((plo >>> 5) | (phi << 27)) >>> 0;
        phi >>>= 5;
        i = (i * 5 + 1 + plo) & mask;
      }
      if (restart) continue;
      if (freeslot >= 0) {
        if (keys[freeslot] !== DUMMY) continue;
        this.used++;
        keys[freeslot] = key;
        hlo[freeslot] = lo;
        hhi[freeslot] = hi;
        return;
      }
      this.fill++;
      this.used++;
      keys[found] = key;
      hlo[found] = lo;
      hhi[found] = hi;
      if (this.fill * 5 < mask * 3) return;
      this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
      return;
    }
  }

  /** CPython's set_discard_entry. */
  private discardEntry(key: PyObject, lo: number, hi: number): boolean {
    const j = this.lookkey(key, lo, hi);
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.hlo[j] = -1;
    this.hhi[j] = -1;
    this.used--;
    return true;
  }

  /** CPython's set_table_resize: a table of the smallest power of two > minused, without dummies. */
  resize(minused: number): void {
    let newsize = MINSIZE;
    while (newsize <= minused) newsize *= 2;
    const oldKeys = this.keys;
    const oldLo = this.hlo;
    const oldHi = this.hhi;
    const oldmask = this.mask;
    if (newsize === MINSIZE && oldmask === MINSIZE - 1 && this.fill === this.used) return;
    const keys: PyObject[] = new Array(newsize);
    const hlo = new Int32Array(newsize);
    const hhi = new Int32Array(newsize);
    this.keys = keys;
    this.hlo = hlo;
    this.hhi = hhi;
    this.mask = newsize - 1;
    this.fill = this.used;
    for (let i = 0; i <= oldmask; i++) {
      const k = oldKeys[i];
      if (k !== undefined && k !== DUMMY) insertClean(keys, hlo, hhi, newsize - 1, k, oldLo[i]!, oldHi[i]!);
    }
  }

  /** Empties the set (CPython's set_clear_internal): back to the minimal table. */
  clear(): void {
    this.keys = new Array(MINSIZE);
    this.hlo = new Int32Array(MINSIZE);
    this.hhi = new Int32Array(MINSIZE);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.hash = -1;
  }

  /** Removes and returns an arbitrary member (CPython's set_pop), or undefined when empty. */
  pop(): PyObject {
    if (this.used === 0) return undefined;
    const keys = this.keys;
    const mask = this.mask;
    let i = this.finger & mask;
    for (;;) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) break;
      i++;
      if (i > mask) i = 0;
    }
    const key = keys[i];
    keys[i] = DUMMY;
    this.hlo[i] = -1;
    this.hhi[i] = -1;
    this.used--;
    this.finger = i + 1;
    return key;
  }

  /** Adds every member of `other` (CPython's set_merge). */
  merge(other: PySet): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    const okeys = other.keys;
    const olo = other.hlo;
    const ohi = other.hhi;
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      // Same size, no dummies: copy the slots.
      const keys = this.keys;
      for (let i = 0; i <= other.mask; i++) {
        const k = okeys[i];
        if (k !== undefined) {
          keys[i] = k;
          this.hlo[i] = olo[i]!;
          this.hhi[i] = ohi[i]!;
        }
      }
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      for (let i = 0; i <= other.mask; i++) {
        const k = okeys[i];
        if (k !== undefined && k !== DUMMY) insertClean(this.keys, this.hlo, this.hhi, this.mask, k, olo[i]!, ohi[i]!);
      }
      return;
    }
    for (let i = 0; i <= other.mask; i++) {
      const k = okeys[i];
      if (k !== undefined && k !== DUMMY) this.addEntry(k, olo[i]!, ohi[i]!);
    }
  }

  /** Adds the keys of a dict (CPython's set_update_dict: one resize first). */
  mergeDict(d: PyDict): void {
    const keys = d.keyList();
    const n = keys.length;
    if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
    for (let i = 0; i < n; i++) this.add(keys[i]);
  }

  /** A new set of the same contents with type `type` (CPython's make_new_set + set_merge). */
  copyAs(type: PyType): PySet {
    const s = type.isSubtype(FrozenSetType) ? new PyFrozenSet([], type) : new PySet([], type);
    s.merge(this);
    return s;
  }

  /** Exchanges the contents of two sets (CPython's set_swap_bodies). */
  swapBodies(other: PySet): void {
    const { keys, hlo, hhi, mask, fill, used } = this;
    this.keys = other.keys;
    this.hlo = other.hlo;
    this.hhi = other.hhi;
    this.mask = other.mask;
    this.fill = other.fill;
    this.used = other.used;
    other.keys = keys;
    other.hlo = hlo;
    other.hhi = hhi;
    other.mask = mask;
    other.fill = fill;
    other.used = used;
    if (this instanceof PyFrozenSet && other instanceof PyFrozenSet) {
      const h = this.hash;
      this.hash = other.hash;
      other.hash = h;
    } else {
      this.hash = -1;
      other.hash = -1;
    }
  }

  /** The frozenset hash of the current contents (CPython's frozenset_hash_impl). */
  computeHash(): Int {
    const M = 0xffffffffffffffffn;
    let h = 0n;
    for (let i = 0; i <= this.mask; i++) {
      const k = this.keys[i];
      if (k === undefined || k === DUMMY) continue;
      const eh = BigInt(this.hhi[i]! >>> 0) * 4294967296n + BigInt(this.hlo[i]! >>> 0);
      h ^= ((eh ^ 89869747n ^ ((eh << 16n) & M)) * 3644798167n) & M;
    }
    h ^= ((BigInt(this.used) + 1n) * 1927868237n) & M;
    h ^= (h >> 11n) ^ (h >> 25n);
    h = (h * 69069n + 907133923n) & M;
    if (h === M) h = 590923713n;
    const s = BigInt.asIntN(64, h);
    return s >= -9007199254740991n && s <= 9007199254740991n ? Number(s) : s;
  }
}

/** Inserts a key known to be absent into a table without dummies (CPython's set_insert_clean). */
function insertClean(
  keys: PyObject[],
  hlo: Int32Array,
  hhi: Int32Array,
  mask: number,
  key: PyObject,
  lo: number,
  hi: number,
): void {
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  for (;;) {
    if (keys[i] === undefined) break;
    let found = false;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (keys[i + j] === undefined) {
          i += j;
          found = true;
          break;
        }
      }
    }
    if (found) break;
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + 1 + plo) & mask;
  }
  keys[i] = key;
  hlo[i] = lo;
  hhi[i] = hi;
}

/** A frozenset (or an instance of a frozenset subclass). */
export class PyFrozenSet extends PySet {
  constructor(items: PyObject[] = [], type: PyType = FrozenSetType) {
    super(items, type);
  }
}

/**
 * The frozenset constant the compiler makes of the constant items of a set display or an `in {...}`
 * test. CPython builds it from the items, then its constant cache rebuilds it once from its own
 * iteration order (const_cache_insert); the table layout, hence the order a set display built from it
 * with SET_UPDATE iterates in, depends on both steps.
 */
export function frozenSetConstant(items: PyObject[]): PyFrozenSet {
  const f = new PyFrozenSet(items);
  return f.used === 0 ? f : new PyFrozenSet(f.items);
}
