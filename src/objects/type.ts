// Python `type` objects (CPython's Objects/typeobject.c): MRO, attribute lookup with a per-type cache
// invalidated by version tags, and the descriptors through which builtin types expose their methods.
//
// Calling convention for code written in TypeScript ("natives", CPython's vectorcall): a native receives
// `(args, kwnames)` where `args` holds the positional arguments followed by the values of the keyword
// arguments named (in order) by `kwnames` (null when there are none).

import type { PyObject } from "./object.js";

export type NativeFn = (args: PyObject[], kwnames: string[] | null) => any;
export type NativeMethod = (self: any, args: PyObject[], kwnames: string[] | null) => any;

let nextVersion = 1;

/** Marks a name known to be absent from a type's MRO in the lookup cache. */
const MISSING = Symbol("missing");

/**
 * Bumped when natives are attached to builtin types at start-up (defMethod & co.): every type's lookup
 * cache is then stale, checked in O(1) per lookup instead of walking all subclasses per definition.
 */
let nativesEpoch = 0;
export function bumpNativesEpoch(): void {
  nativesEpoch++;
}

/** Cached special-method facts of a type (filled lazily by the VM; dropped when the type changes). */
export interface TypeSlots {
  /** __getattribute__/__setattr__/__delattr__ are object's (or type's, for metaclass instances). */
  defaultGetattr: boolean;
  defaultSetattr: boolean;
  /** __getattr__ fallback, if any. */
  getattr: unknown;
  /** __new__ and __init__ as found on the type (for instance creation). */
  newf: unknown;
  init: unknown;
  /** The builtin type whose instance layout instances use (set on first allocation). */
  layout?: unknown;
  /** The Python __init__ CALL may push directly (see plainInitFor), or null. */
  plainInit?: unknown;
}

// Type flags (subset of CPython's Py_TPFLAGS_*)
export const TPFLAGS_HEAPTYPE = 1 << 9;
export const TPFLAGS_BASETYPE = 1 << 10;
export const TPFLAGS_IS_ABSTRACT = 1 << 20;
export const TPFLAGS_SEQUENCE = 1 << 5;
export const TPFLAGS_MAPPING = 1 << 6;
export const TPFLAGS_LONG_SUBCLASS = 1 << 24;
export const TPFLAGS_LIST_SUBCLASS = 1 << 25;
export const TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
export const TPFLAGS_BYTES_SUBCLASS = 1 << 27;
export const TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
export const TPFLAGS_DICT_SUBCLASS = 1 << 29;
export const TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
export const TPFLAGS_TYPE_SUBCLASS = 1 << 31;

export class PyType {
  /** The metatype (`type` for almost every class). */
  type: PyType;
  /** The instance dict of the type object itself is `dict` (class attributes), as in CPython. */
  dict: Map<string, PyObject>;
  name: string;
  qualname: string;
  bases: PyType[];
  mro: PyType[];
  /** The builtin type whose instance layout instances of this type use (object, int, list, ...). */
  solidBase: PyType | null;
  flags: number;
  /** Type version tag: changes whenever this type or a base changes (guards of specialized code). */
  version: number;
  /** Subclasses, to propagate modifications (CPython's tp_subclasses). */
  subclasses: PyType[] = [];
  /** Cache of MRO lookups by name, valid for the current `version`. */
  cache: Map<string, PyObject> = new Map();
  /** Names from __slots__ (own), or null. */
  slotNames: string[] | null = null;
  /** Whether instances have a __dict__. */
  hasDict: boolean;
  /** Allocates an instance for `object.__new__`-style creation (set for builtin solid bases). */
  allocate: ((type: PyType) => any) | null = null;
  /** Index of each slot name in an instance's `slots` array (inherited + own). */
  slotIndex: Map<string, number> | null = null;
  /** Extra data for natives (e.g. the JS class of instances). */
  native: any = null;

  constructor(metatype: PyType | null, name: string, bases: PyType[], dict: Map<string, PyObject>, flags: number) {
    this.type = metatype ?? (this as PyType);
    this.dict = dict;
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.mro = [];
    this.solidBase = null;
    this.flags = flags;
    this.version = nextVersion++;
    this.hasDict = false;
    for (const b of bases) b.subclasses.push(this);
  }

  /** Looks `name` up along the MRO (CPython's _PyType_Lookup); undefined when absent. */
  /** Drops the caches if natives were attached since they were filled. */
  checkEpoch(): void {
    if (this.cacheEpoch !== nativesEpoch) {
      this.cacheEpoch = nativesEpoch;
      this.cache.clear();
      this.slotCache = null;
    }
  }

  lookup(name: string): PyObject {
    if (this.cacheEpoch !== nativesEpoch) this.checkEpoch();
    let v = this.cache.get(name);
    if (v !== undefined) return v === MISSING ? undefined : v;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      v = mro[i]!.dict.get(name);
      if (v !== undefined) break;
    }
    this.cache.set(name, v === undefined ? MISSING : v);
    return v;
  }

  /**
   * Per-type facts derived from special methods (CPython keeps them in tp_* slots), recomputed after any
   * change to the type or its bases: see `slots` in src/vm/abstract.ts.
   */
  slotCache: TypeSlots | null = null;
  cacheEpoch = 0;

  /** Call after changing this type's dict, bases or MRO: new version, caches of it and subclasses dropped. */
  modified(): void {
    this.version = nextVersion++;
    this.cache.clear();
    this.slotCache = null;
    for (const s of this.subclasses) s.modified();
  }

  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  get isHeapType(): boolean {
    return (this.flags & TPFLAGS_HEAPTYPE) !== 0;
  }
}

/**
 * C3 linearization. When no consistent order exists, returns `{ conflict }`: the heads of the lists
 * left to merge, in order (what CPython's set_mro_error names in its TypeError).
 */
export function c3Merge(seqs: PyType[][]): PyType[] | { conflict: PyType[] } {
  const result: PyType[] = [];
  const lists = seqs.map((s) => s.slice()).filter((s) => s.length > 0);
  while (lists.length > 0) {
    let candidate: PyType | null = null;
    for (const l of lists) {
      const head = l[0]!;
      if (!lists.some((other) => other.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) {
      const conflict: PyType[] = [];
      for (const l of lists) if (!conflict.includes(l[0]!)) conflict.push(l[0]!);
      return { conflict };
    }
    result.push(candidate);
    for (let i = lists.length - 1; i >= 0; i--) {
      const l = lists[i]!;
      if (l[0] === candidate) l.shift();
      if (l.length === 0) lists.splice(i, 1);
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Descriptors for natives

/** A builtin function or a builtin method bound to `self` (CPython's builtin_function_or_method). */
export class PyBuiltinFunction {
  declare type: PyType;
  constructor(
    public name: string,
    public fn: NativeFn,
    /** `__self__`: the module for module functions, the instance for bound builtin methods. */
    public self: PyObject = null,
    public qualname: string = name,
    public doc: PyObject = null,
    public module: PyObject = null,
  ) {}
}

/** A method of a builtin type, unbound (CPython's method_descriptor), e.g. `str.upper`. */
export class PyMethodDescr {
  declare type: PyType;
  constructor(
    public name: string,
    public objclass: PyType,
    public fn: NativeMethod,
    public doc: PyObject = null,
  ) {}
}

/** A classmethod of a builtin type (CPython's classmethod_descriptor), e.g. `dict.fromkeys`. */
export class PyClassMethodDescr {
  declare type: PyType;
  constructor(
    public name: string,
    public objclass: PyType,
    public fn: NativeMethod,
  ) {}
}

/** A computed attribute of a builtin type (CPython's getset_descriptor / member_descriptor). */
export class PyGetSetDescr {
  declare type: PyType;
  constructor(
    public name: string,
    public objclass: PyType,
    public get: (self: any) => any,
    public set: ((self: any, value: any) => void) | null = null,
    public doc: PyObject = null,
    /** True for __slots__ members (type name `member_descriptor`). */
    public isMember = false,
  ) {}
}

/** A builtin static method (e.g. `str.maketrans`). */
export class PyStaticNative {
  declare type: PyType;
  constructor(
    public name: string,
    public fn: NativeFn,
  ) {}
}
