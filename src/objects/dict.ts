// Python `dict`: insertion-ordered, Python's hash/eq protocol (docs/DESIGN.md, "Values").
//
// Two storage modes:
// - "str mode": every key is a str that is not an array index ("0", "17" would be ordered first by JS);
//   the keys live in a null-prototype JS object, which keeps insertion order and gives V8 hidden classes
//   for globals, instance and class dicts. Most dicts stay in this mode for life.
// - "general mode": an entries table (keys/values arrays in insertion order, holes for deleted entries)
//   indexed by a JS Map from a normalized primitive key (int, str, float, bool collapse as Python's
//   `1 == 1.0 == True`) or, for other objects, from their Python hash to the candidate entries.
// `version` changes whenever the set of keys changes (guards of specialized LOAD_GLOBAL and friends).
// The methods, views and iterators of the Python type are in dict_type.ts.

import { DictType, FloatType } from "./builtin_types.js";
import { newException, RuntimeError } from "./exceptions.js";
import { PyFloat } from "./float.js";
import { strHash } from "./hash.js";
import { type Int, intHash } from "./int.js";
import type { PyObject } from "./object.js";
import type { PyType } from "./type.js";

/** Hooks set by the VM (dict_type.ts): Python hash of an arbitrary object, and `==` of two keys. */
export const dictHooks: {
  hash: (k: PyObject) => Int;
  eq: (a: PyObject, b: PyObject) => boolean;
} = {
  hash: () => 0,
  eq: (a, b) => a === b,
};

/** Python hash of `k` (fast paths for int, bool and str; the rest through the VM's `hash()`). */
export function pyHash(k: PyObject): Int {
  switch (typeof k) {
    case "number":
      return k === -1 ? -2 : k;
    case "string":
      return strHash(k);
    case "boolean":
      return k ? 1 : 0;
    case "bigint":
      return intHash(k);
  }
  return dictHooks.hash(k);
}

let nextKeysVersion = 1;

// Keys that JS objects would order first (array indices); they force general mode.
const INDEX_LIKE = /^(?:0|[1-9][0-9]*)$/;

/** The normalized primitive for keys that compare by value, or undefined for keys needing hash/eq. */
export function primitiveKey(k: PyObject): PyObject {
  switch (typeof k) {
    case "string":
    case "number":
    case "bigint":
      return k;
    case "boolean":
      return k ? 1 : 0;
  }
  if (k instanceof PyFloat && k.type === FloatType) {
    const v = k.value;
    if (Number.isNaN(v)) return undefined;
    if (Number.isInteger(v)) {
      if (Number.isSafeInteger(v)) return v === 0 ? 0 : v;
      return BigInt(v);
    }
    return v; // a non-integral number can never be an int key
  }
  return undefined;
}

/**
 * The table size CPython picks for `n` (calculate_log2_keysize on 64-bit Linux, bit for bit: it computes
 * bit_length(((n | 8) - 1) | 7), so 1..7 give 16 and 16 gives 32).
 */
function tableSizeFor(n: number): number {
  let m = ((n | 8) - 1) | 7;
  let size = 1;
  while (m > 0) {
    m = Math.floor(m / 2);
    size *= 2;
  }
  return size;
}

/** The table size for `n` items without growing (CPython's estimate_log2_keysize). */
function tableSizeForItems(n: number): number {
  return tableSizeFor(Math.floor((n * 3 + 1) / 2));
}

/** Entries a table of `size` slots holds before it must grow (CPython's USABLE_FRACTION). */
function usable(size: number): number {
  return ((size * 2) / 3) | 0;
}

export class PyDict {
  type: PyType;
  /** Instance dict of a dict subclass instance. */
  dict: PyObject = null;
  /** Str mode storage, or null in general mode. */
  str: Record<string, PyObject> | null;
  strSize = 0;
  // General mode
  keys: PyObject[] = [];
  values: PyObject[] = [];
  /** Hash of each object key (undefined for primitive keys), so removal does not call __hash__ again. */
  hashes: (Int | undefined)[] = [];
  /** primitive key → entry index, or hash → entry index | entry indices */
  index: Map<PyObject, number> | null = null;
  hashIndex: Map<Int, number | number[]> | null = null;
  used = 0;
  version: number;
  // CPython's entries table, emulated so that iterators see what CPython's see when the dict changes
  // under them: new entries go at the end of the table, removed ones leave a hole, and the table is
  // compacted only when it is full and grows (dictresize). In general mode `keys`/`values` are that
  // table (holes included); in str mode only the counts are kept.
  /** Slots of the hash table (0: CPython's shared empty table). */
  tableSize = 0;
  /** Entries used in the table in str mode, removed ones included (general mode: keys.length). */
  strEntries = 0;
  /** Entries added since the table was made (CPython's usable − dk_usable; popitem does not give back). */
  inserted = 0;
  /** Bumped when the entries are compacted (resize, clear, change of mode). */
  epoch = 0;

  constructor(type: PyType = DictType) {
    this.type = type;
    this.str = Object.create(null);
    this.version = nextKeysVersion++;
  }

  /** A new dict sized for `n` items, as CPython's _PyDict_NewPresized (BUILD_MAP and friends). */
  static presized(n: number, type: PyType = DictType): PyDict {
    const d = new PyDict(type);
    if (n > usable(8)) d.tableSize = tableSizeForItems(n);
    return d;
  }

  get size(): number {
    return this.str !== null ? this.strSize : this.used;
  }

  /** CPython's dk_nentries: entries used in the table, removed ones included. */
  get nentries(): number {
    return this.str !== null ? this.strEntries : this.keys.length;
  }

  /** Makes room for one new entry (CPython's insertion_resize when the table is full). */
  private reserveEntry(): void {
    if (this.inserted >= usable(this.tableSize)) {
      if (this.tableSize === 0) this.tableSize = 8;
      else this.resizeTable(tableSizeFor(this.size * 3));
    }
    this.inserted++;
  }

  /** A table of `size` slots holding the live entries only (CPython's dictresize). */
  resizeTable(size: number): void {
    this.tableSize = size;
    this.inserted = this.size;
    this.epoch++;
    if (this.str !== null) {
      this.strEntries = this.strSize;
      return;
    }
    const keys = this.keys;
    const values = this.values;
    const hashes = this.hashes;
    if (this.used === keys.length) return;
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.index = new Map();
    this.hashIndex = new Map();
    this.used = 0;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === undefined && values[i] === undefined) continue;
      this.appendEntry(keys[i], values[i], hashes[i]);
    }
  }

  /** A table sized for `n` items (CPython's dictresize(estimate_log2_keysize(n)), as dict.fromkeys does). */
  resizeForItems(n: number): void {
    this.resizeTable(tableSizeForItems(n));
  }

  private toGeneral(): void {
    const s = this.str!;
    this.str = null;
    this.index = new Map();
    this.hashIndex = new Map();
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.used = 0;
    this.epoch++;
    for (const k in s) this.appendEntry(k, s[k], undefined);
  }

  /** Adds an entry at the end of the general-mode table (the key known to be absent). */
  private appendEntry(k: PyObject, v: PyObject, h: Int | undefined): void {
    const idx = this.keys.length;
    this.keys.push(k);
    this.values.push(v);
    this.used++;
    const p = primitiveKey(k);
    if (p !== undefined) {
      this.hashes.push(undefined);
      this.index!.set(p, idx);
      return;
    }
    if (h === undefined) h = pyHash(k);
    this.hashes.push(h);
    const slot = this.hashIndex!.get(h);
    if (slot === undefined) this.hashIndex!.set(h, idx);
    else if (typeof slot === "number") this.hashIndex!.set(h, [slot, idx]);
    else slot.push(idx);
  }

  /** Entry index of key `k` in general mode, or -1. */
  private find(k: PyObject): number {
    const p = primitiveKey(k);
    if (p !== undefined) {
      const i = this.index!.get(p);
      if (i !== undefined) return i;
      // An object key equal to a primitive (e.g. a str subclass) lives in the hash index.
      if (this.hashIndex!.size === 0) return -1;
    }
    const h = pyHash(k);
    return this.findHashed(k, h, p);
  }

  private findHashed(k: PyObject, h: Int, p: PyObject): number {
    const slot = this.hashIndex!.get(h);
    if (slot !== undefined) {
      if (typeof slot === "number") {
        const other = this.keys[slot];
        if (other === k || dictHooks.eq(other, k)) return slot;
      } else {
        for (const i of slot) {
          const other = this.keys[i];
          if (other === k || dictHooks.eq(other, k)) return i;
        }
      }
    }
    if (p === undefined && this.index!.size > 0) return this.findPrimitiveEqual(k, h);
    return -1;
  }

  /** An object key (e.g. an int subclass instance) may equal a primitive key already present. */
  private findPrimitiveEqual(k: PyObject, h: Int): number {
    const prim = primitiveOf(k);
    if (prim === undefined) return -1;
    const i = this.index!.get(prim);
    if (i !== undefined && pyHash(this.keys[i]) === h && dictHooks.eq(this.keys[i], k)) return i;
    return -1;
  }

  /**
   * In str mode, the str key an object key (a str subclass instance) stands for, or undefined. Hashes
   * the key first, so an unhashable key raises TypeError as CPython's lookup does.
   */
  private strModeKey(k: PyObject): string | undefined {
    dictHooks.hash(k);
    const p = primitiveOf(k);
    if (typeof p === "string" && this.str![p] !== undefined && dictHooks.eq(p, k)) return p;
    return undefined;
  }

  getItem(k: PyObject): PyObject {
    if (this.str !== null) {
      if (typeof k === "string") return this.str[k];
      if (primitiveKey(k) !== undefined) return undefined;
      const s = this.strModeKey(k);
      return s === undefined ? undefined : this.str[s];
    }
    const i = this.find(k);
    return i < 0 ? undefined : this.values[i];
  }

  /** `k in d` (raises TypeError for an unhashable key). */
  has(k: PyObject): boolean {
    return this.getItem(k) !== undefined;
  }

  /** Fast path for str keys (attribute and global lookups). */
  getStr(k: string): PyObject {
    if (this.str !== null) return this.str[k];
    const i = this.index!.get(k);
    if (i !== undefined) return this.values[i];
    if (this.hashIndex!.size === 0) return undefined;
    const j = this.find(k);
    return j < 0 ? undefined : this.values[j];
  }

  setStr(k: string, v: PyObject): void {
    const s = this.str;
    if (s !== null) {
      if (s[k] === undefined) {
        const c0 = k.charCodeAt(0);
        if (c0 >= 48 && c0 <= 57 && INDEX_LIKE.test(k)) {
          this.toGeneral();
          this.setItem(k, v);
          return;
        }
        this.reserveEntry();
        this.strEntries++;
        this.strSize++;
        this.version = nextKeysVersion++;
      }
      s[k] = v;
      return;
    }
    this.setItem(k, v);
  }

  setItem(k: PyObject, v: PyObject): void {
    if (this.str !== null) {
      if (typeof k === "string") {
        this.setStr(k, v);
        return;
      }
      if (primitiveKey(k) === undefined) {
        const s = this.strModeKey(k);
        if (s !== undefined) {
          this.str[s] = v;
          return;
        }
      }
      this.toGeneral();
    }
    const p = primitiveKey(k);
    let h: Int | undefined;
    let i: number;
    if (p !== undefined) i = this.find(k);
    else {
      h = pyHash(k);
      i = this.findHashed(k, h, p);
    }
    if (i >= 0) {
      this.values[i] = v;
      return;
    }
    this.reserveEntry();
    this.appendEntry(k, v, h);
    this.version = nextKeysVersion++;
  }

  /** Removes `k`; returns its value or undefined when absent. */
  delItem(k: PyObject): PyObject {
    if (this.str !== null) {
      let key: string;
      if (typeof k === "string") key = k;
      else {
        if (primitiveKey(k) !== undefined) return undefined;
        const s = this.strModeKey(k);
        if (s === undefined) return undefined;
        key = s;
      }
      const v = this.str[key];
      if (v !== undefined) {
        delete this.str[key];
        this.strSize--;
        this.version = nextKeysVersion++;
      }
      return v;
    }
    const i = this.find(k);
    if (i < 0) return undefined;
    return this.removeEntry(i);
  }

  /** Leaves a hole at entry i (CPython leaves a dummy; the table shrinks only when it next grows). */
  private removeEntry(i: number): PyObject {
    const v = this.values[i];
    const key = this.keys[i];
    const h = this.hashes[i];
    if (h === undefined) this.index!.delete(primitiveKey(key));
    else {
      const slot = this.hashIndex!.get(h)!;
      if (typeof slot === "number") this.hashIndex!.delete(h);
      else {
        slot.splice(slot.indexOf(i), 1);
        if (slot.length === 1) this.hashIndex!.set(h, slot[0]!);
      }
    }
    this.keys[i] = undefined;
    this.values[i] = undefined;
    this.hashes[i] = undefined;
    this.used--;
    this.version = nextKeysVersion++;
    return v;
  }

  /**
   * Removes and returns the last [key, value] pair (dict.popitem), or undefined when empty. As CPython,
   * the entries table then ends at the removed entry, so popitem() stays O(1).
   */
  popLast(): [PyObject, PyObject] | undefined {
    if (this.size === 0) return undefined;
    if (this.str !== null) this.toGeneral();
    let i = this.keys.length - 1;
    while (i >= 0 && this.keys[i] === undefined && this.values[i] === undefined) i--;
    const k = this.keys[i];
    const v = this.removeEntry(i);
    this.keys.length = i;
    this.values.length = i;
    this.hashes.length = i;
    return [k, v];
  }

  clear(): void {
    this.str = Object.create(null);
    this.strSize = 0;
    this.strEntries = 0;
    this.inserted = 0;
    this.tableSize = 0;
    this.epoch++;
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.index = null;
    this.hashIndex = null;
    this.used = 0;
    this.version = nextKeysVersion++;
  }

  /** Snapshot of the keys in order. */
  keyList(): PyObject[] {
    if (this.str !== null) return Object.keys(this.str);
    const out: PyObject[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i] !== undefined || this.values[i] !== undefined) out.push(this.keys[i]);
    }
    return out;
  }

  /** Snapshot of [key, value] pairs in order. */
  entries(): [PyObject, PyObject][] {
    if (this.str !== null) {
      const s = this.str;
      return Object.keys(s).map((k) => [k, s[k]]);
    }
    const out: [PyObject, PyObject][] = [];
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i] !== undefined || this.values[i] !== undefined) out.push([this.keys[i], this.values[i]]);
    }
    return out;
  }

  valueList(): PyObject[] {
    if (this.str !== null) {
      const s = this.str;
      return Object.keys(s).map((k) => s[k]);
    }
    const out: PyObject[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i] !== undefined || this.values[i] !== undefined) out.push(this.values[i]);
    }
    return out;
  }

  /**
   * A copy of type `type` (CPython's PyDict_Copy): the table is cloned, holes included, unless more than a
   * third of it is holes; then the live entries are merged into a new dict.
   */
  copy(type: PyType = DictType): PyDict {
    const d = new PyDict(type);
    if (this.size === 0) return d;
    if (this.size >= (((this.nentries * 2) / 3) | 0)) {
      d.cloneFrom(this);
      return d;
    }
    d.mergeDict(this);
    return d;
  }

  /** Becomes a copy of `o`'s table (CPython's clone_combined_dict_keys); `this` must be empty. */
  private cloneFrom(o: PyDict): void {
    this.tableSize = o.tableSize;
    this.inserted = o.inserted;
    this.epoch++;
    if (o.str !== null) {
      const s = o.str;
      const t = this.str!;
      for (const k in s) t[k] = s[k];
      this.strSize = o.strSize;
      this.strEntries = o.strEntries;
    } else {
      this.str = null;
      this.keys = o.keys.slice();
      this.values = o.values.slice();
      this.hashes = o.hashes.slice();
      this.index = new Map(o.index!);
      this.hashIndex = new Map();
      for (const [h, slot] of o.hashIndex!) this.hashIndex.set(h, typeof slot === "number" ? slot : slot.slice());
      this.used = o.used;
    }
    this.version = nextKeysVersion++;
  }

  /** `this.update(o)` for a dict `o` (CPython's dict_merge fast path): clone or presize, then insert. */
  mergeDict(o: PyDict): void {
    if (o === this || o.size === 0) return;
    if (this.size === 0 && o.size === o.nentries && (o.tableSize === 8 || usable(o.tableSize / 2) < o.size)) {
      this.clear();
      this.cloneFrom(o);
      return;
    }
    if (usable(this.tableSize) < o.size) this.resizeTable(tableSizeForItems(this.size + o.size));
    const size = o.size;
    for (const [k, v] of o.entries()) {
      this.setItem(k, v);
      if (o.size !== size) throw newException(RuntimeError, "dict mutated during update");
    }
  }
}

/** The primitive an int/str subclass instance compares equal to (its value), else undefined. */
function primitiveOf(k: PyObject): PyObject {
  if (k !== null && typeof k === "object" && "value" in k) {
    const v = k.value;
    if (typeof v === "string" || typeof v === "number" || typeof v === "bigint") return v;
  }
  return undefined;
}
