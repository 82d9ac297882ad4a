// The `dict` type (CPython's Objects/dictobject.c): methods, the views dict_keys / dict_values /
// dict_items with their set operations, and the dict iterators with CPython's mutation errors. The
// storage is PyDict (dict.ts). Importing this module also installs dict.ts's hash/eq hooks.

import {
  auxType,
  defAttr,
  defClassMethod,
  defGetSet,
  defMethod,
  defStatic,
  DictType,
  FrozenSetType,
  None,
  NotImplemented,
  SetType,
  typeOf,
} from "./builtin_types.js";
import { dictHooks, PyDict } from "./dict.js";
import { keyError, newException, RuntimeError, typeError, valueError } from "./exceptions.js";
import { PyList, reprEnter, reprLeave } from "./list.js";
import type { PyObject } from "./object.js";
import { PySet } from "./set.js";
import { makeNewSet, setUpdateInternal } from "./set_type.js";
import { PyTuple } from "./tuple.js";
import { builtinIter, defNativeIterator, methodArity, noArgMethod, slotArity, zeroArg } from "./tuple_type.js";
import type { PyType } from "./type.js";
import {
  call,
  callDescriptor,
  contains,
  eq,
  genericAlias,
  getAttr,
  getAttrOrUndefined,
  getItem,
  getIter,
  hash,
  iterNext,
  len,
  repr,
  setItem,
  toArray,
} from "../vm/abstract.js";

dictHooks.hash = hash;
dictHooks.eq = eq;

function isExactDict(o: PyObject): o is PyDict {
  return o instanceof PyDict && o.type === DictType;
}

// ---------------------------------------------------------------------------------------------------
// Updating

/** `a.update(b)` for a mapping b (CPython's dict_merge): the keys() protocol unless b is a plain dict. */
export function dictMerge(a: PyDict, b: PyObject): void {
  if (b instanceof PyDict && typeOf(b).lookup("__iter__") === DICT_ITER) {
    a.mergeDict(b);
    return;
  }
  const keys = mappingKeys(b);
  const it = getIter(keys);
  for (;;) {
    const k = iterNext(it);
    if (k === undefined) return;
    a.setItem(k, getItem(b, k));
  }
}

/** `b.keys()` as an iterable (CPython's PyMapping_Keys). */
function mappingKeys(b: PyObject): PyObject {
  if (isExactDict(b)) return new PyList(b.keyList());
  const r = call(getAttr(b, "keys"), []);
  const t = typeOf(r);
  if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
    throw typeError(`${typeOf(b).name}.keys() returned a non-iterable (type ${t.name})`);
  }
  return r;
}

/** `d.update(seq)` for an iterable of pairs (CPython's PyDict_MergeFromSeq2). */
function mergeFromSeq2(d: PyDict, seq: PyObject): void {
  const it = getIter(seq);
  for (let i = 0; ; i++) {
    const item = iterNext(it);
    if (item === undefined) return;
    let pair: PyObject[];
    if (item instanceof PyTuple || item instanceof PyList) pair = item.items;
    else {
      const t = typeOf(item);
      if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
        throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      }
      pair = toArray(item);
    }
    if (pair.length !== 2) {
      throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    }
    d.setItem(pair[0], pair[1]);
  }
}

/** `d.update(arg)` (CPython's dict_update_arg): a dict, anything with keys(), or pairs. */
export function dictUpdateArg(d: PyDict, arg: PyObject): void {
  if (isExactDict(arg)) {
    dictMerge(d, arg);
    return;
  }
  if (getAttrOrUndefined(arg, "keys") !== undefined) {
    dictMerge(d, arg);
    return;
  }
  mergeFromSeq2(d, arg);
}

/** dict(...) / d.update(...) arguments: at most one positional, then keywords. */
function updateCommon(d: PyDict, args: PyObject[], kwnames: string[] | null, fname: string): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 1) throw typeError(`${fname} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictUpdateArg(d, args[0]);
  for (let i = 0; i < nkw; i++) d.setItem(kwnames![i], args[npos + i]);
}

// ---------------------------------------------------------------------------------------------------
// dict

defStatic(DictType, "__new__", (args) => new PyDict(args[0] as PyType));

defMethod(DictType, "__init__", (self: PyDict, args, kwnames) => {
  updateCommon(self, args, kwnames, "dict");
  return None;
});

defClassMethod(DictType, "__class_getitem__", (cls: PyType, args, kwnames) => {
  methodArity("dict.__class_getitem__", args, kwnames, 1, 1);
  return genericAlias(cls, args[0]);
});

defMethod(DictType, "__contains__", (self: PyDict, args, kwnames) => {
  methodArity("dict.__contains__", args, kwnames, 1, 1);
  return self.has(args[0]);
});

defMethod(DictType, "__delitem__", (self: PyDict, args, kwnames) => {
  slotArity("__delitem__", args, kwnames, 1);
  if (self.delItem(args[0]) === undefined) throw keyError(args[0]);
  return None;
});

/** `a == b` for two dicts (CPython's dict_equal). */
function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const [k, av] of a.entries()) {
    const bv = b.getItem(k);
    if (bv === undefined) return false;
    if (av !== bv && !eq(av, bv)) return false;
  }
  return true;
}

defMethod(DictType, "__eq__", (self: PyDict, args, kwnames) => {
  slotArity("__eq__", args, kwnames, 1);
  if (!(args[0] instanceof PyDict)) return NotImplemented;
  return dictEqual(self, args[0]);
});

defMethod(DictType, "__ne__", (self: PyDict, args, kwnames) => {
  slotArity("__ne__", args, kwnames, 1);
  if (!(args[0] instanceof PyDict)) return NotImplemented;
  return !dictEqual(self, args[0]);
});

defMethod(DictType, "__getitem__", (self: PyDict, args, kwnames) => {
  methodArity("dict.__getitem__", args, kwnames, 1, 1);
  return dictSubscript(self, args[0]);
});

/** `d[k]` including `__missing__` for subclasses (CPython's dict_subscript). */
export function dictSubscript(self: PyDict, k: PyObject): PyObject {
  const v = self.getItem(k);
  if (v !== undefined) return v;
  if (self.type !== DictType) {
    const missing = self.type.lookup("__missing__");
    if (missing !== undefined) return callDescriptor(missing, self, [k]);
  }
  throw keyError(k);
}

defAttr(DictType, "__hash__", None);

defMethod(DictType, "__ior__", (self: PyDict, args, kwnames) => {
  slotArity("__ior__", args, kwnames, 1);
  dictUpdateArg(self, args[0]);
  return self;
});

defMethod(
  DictType,
  "__iter__",
  zeroArg("__iter__", (self: PyDict) => new PyDictIterator(self, KEYS)),
);

const DICT_ITER = DictType.dict.get("__iter__");

defMethod(
  DictType,
  "__len__",
  zeroArg("__len__", (self: PyDict) => self.size),
);

defMethod(DictType, "__or__", (self: PyDict, args, kwnames) => {
  slotArity("__or__", args, kwnames, 1);
  const other = args[0];
  if (!(other instanceof PyDict)) return NotImplemented;
  const d = self.copy();
  dictUpdateArg(d, other);
  return d;
});

defMethod(DictType, "__ror__", (self: PyDict, args, kwnames) => {
  slotArity("__ror__", args, kwnames, 1);
  const other = args[0];
  if (!(other instanceof PyDict)) return NotImplemented;
  const d = other.copy();
  dictUpdateArg(d, self);
  return d;
});

defMethod(
  DictType,
  "__repr__",
  zeroArg("__repr__", (self: PyDict) => {
    if (!reprEnter(self)) return "{...}";
    try {
      if (self.size === 0) return "{}";
      const parts: string[] = [];
      for (const [k, v] of self.entries()) parts.push(`${repr(k)}: ${repr(v)}`);
      return `{${parts.join(", ")}}`;
    } finally {
      reprLeave(self);
    }
  }),
);

defMethod(
  DictType,
  "__reversed__",
  noArgMethod("dict.__reversed__", (self: PyDict) => new PyDictRevIterator(self, KEYS)),
);

defMethod(DictType, "__setitem__", (self: PyDict, args, kwnames) => {
  slotArity("__setitem__", args, kwnames, 2);
  self.setItem(args[0], args[1]);
  return None;
});

defMethod(
  DictType,
  "__sizeof__",
  noArgMethod("dict.__sizeof__", (self: PyDict) => 48 + 24 * self.size),
);

defMethod(DictType, "clear", (self: PyDict, args, kwnames) => {
  methodArity("dict.clear", args, kwnames, 0, 0);
  self.clear();
  return None;
});

defMethod(DictType, "copy", (self: PyDict, args, kwnames) => {
  methodArity("dict.copy", args, kwnames, 0, 0);
  return self.copy();
});

defClassMethod(DictType, "fromkeys", (cls: PyType, args, kwnames) => {
  methodArity("dict.fromkeys", args, kwnames, 1, 2);
  const value = args.length > 1 ? args[1] : None;
  const d = call(cls, []);
  const iterable = args[0];
  const exact = isExactDict(d);
  if (exact && d.size === 0) {
    if (isExactDict(iterable)) d.resizeForItems(iterable.size);
    else if (iterable instanceof PySet && (iterable.type === SetType || iterable.type === FrozenSetType)) {
      d.resizeForItems(iterable.used);
    }
  }
  const it = getIter(iterable);
  for (;;) {
    const k = iterNext(it);
    if (k === undefined) return d;
    if (exact) d.setItem(k, value);
    else setItem(d, k, value);
  }
});

defMethod(DictType, "get", (self: PyDict, args, kwnames) => {
  methodArity("dict.get", args, kwnames, 1, 2);
  const v = self.getItem(args[0]);
  if (v !== undefined) return v;
  return args.length > 1 ? args[1] : None;
});

defMethod(DictType, "items", (self: PyDict, args, kwnames) => {
  methodArity("dict.items", args, kwnames, 0, 0);
  return new PyDictView(DictItemsType, self);
});

defMethod(DictType, "keys", (self: PyDict, args, kwnames) => {
  methodArity("dict.keys", args, kwnames, 0, 0);
  return new PyDictView(DictKeysType, self);
});

defMethod(DictType, "pop", (self: PyDict, args, kwnames) => {
  methodArity("dict.pop", args, kwnames, 1, 2);
  const v = self.delItem(args[0]);
  if (v !== undefined) return v;
  if (args.length > 1) return args[1];
  throw keyError(args[0]);
});

defMethod(DictType, "popitem", (self: PyDict, args, kwnames) => {
  methodArity("dict.popitem", args, kwnames, 0, 0);
  const e = self.popLast();
  if (e === undefined) throw keyError("popitem(): dictionary is empty");
  return new PyTuple(e);
});

defMethod(DictType, "setdefault", (self: PyDict, args, kwnames) => {
  methodArity("dict.setdefault", args, kwnames, 1, 2);
  const v = self.getItem(args[0]);
  if (v !== undefined) return v;
  const d = args.length > 1 ? args[1] : None;
  self.setItem(args[0], d);
  return d;
});

defMethod(DictType, "update", (self: PyDict, args, kwnames) => {
  updateCommon(self, args, kwnames, "update");
  return None;
});

defMethod(DictType, "values", (self: PyDict, args, kwnames) => {
  methodArity("dict.values", args, kwnames, 0, 0);
  return new PyDictView(DictValuesType, self);
});

// ---------------------------------------------------------------------------------------------------
// Iterators

const KEYS = 0;
const VALUES = 1;
const ITEMS = 2;

export const DictKeyIteratorType = auxType("dict_keyiterator");
export const DictValueIteratorType = auxType("dict_valueiterator");
export const DictItemIteratorType = auxType("dict_itemiterator");
export const DictRevKeyIteratorType = auxType("dict_reversekeyiterator");
export const DictRevValueIteratorType = auxType("dict_reversevalueiterator");
export const DictRevItemIteratorType = auxType("dict_reverseitemiterator");

const FORWARD_TYPES = [DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType];
const REVERSE_TYPES = [DictRevKeyIteratorType, DictRevValueIteratorType, DictRevItemIteratorType];

/** A removed entry in a str-mode iterator's model of the entries table. */
const DEAD: object = Object.freeze({ dead: true });

/**
 * The entries table of a str-mode dict as an iterator models it: its keys in order, after as many holes
 * as removed entries the table still holds (where they are is not known; removals from the front are
 * the common case).
 */
function strModel(d: PyDict): PyObject[] {
  const keys = Object.keys(d.str!);
  const holes = d.nentries - keys.length;
  if (holes <= 0) return keys;
  const model: PyObject[] = new Array(holes).fill(DEAD);
  for (const k of keys) model.push(k);
  return model;
}

/**
 * A forward dict iterator (CPython's dictiterobject): a position in the dict's entries table. In general
 * mode the table is the dict's own keys/values arrays (holes for removed entries); in str mode the
 * iterator keeps a model of it, updated from the dict's entry counts when keys come and go. So, as in
 * CPython, keys added during iteration are met at the end, a compaction (the table growing) keeps the
 * raw position, a size change raises "dictionary changed size during iteration", and meeting more keys
 * than the dict had raises "dictionary keys changed during iteration".
 */
export class PyDictIterator {
  type: PyType;
  dict: PyDict | null;
  kind: number;
  /** Size of the dict when iteration started (-1 after a size error: the error is sticky). */
  used: number;
  /** Items still expected (CPython's di->len). */
  len: number;
  /** The entries table: the dict's keys array (general mode) or the model (str mode). */
  keys: PyObject[];
  live: boolean;
  pos = 0;
  // The dict's state when the str-mode model was last updated.
  version: number;
  epoch: number;
  entries: number;
  value: PyObject = undefined;

  constructor(d: PyDict, kind: number) {
    this.type = FORWARD_TYPES[kind]!;
    this.dict = d;
    this.kind = kind;
    this.used = d.size;
    this.len = d.size;
    this.live = d.str === null;
    this.keys = d.str === null ? d.keys : strModel(d);
    this.version = d.version;
    this.epoch = d.epoch;
    this.entries = d.nentries;
  }

  private refresh(d: PyDict): void {
    if (d.str === null) {
      this.keys = d.keys;
      this.live = true;
    } else if (this.live || d.epoch !== this.epoch) {
      // A compacted table: the live keys in order; the position stays where it was.
      this.keys = strModel(d);
      this.live = false;
    } else this.resync(d);
    this.version = d.version;
    this.epoch = d.epoch;
    this.entries = d.nentries;
  }

  /** Str mode, same table: removed keys become holes, added ones are appended. */
  private resync(d: PyDict): void {
    const current = Object.keys(d.str!);
    const appended = d.nentries - this.entries;
    const model = this.keys;
    const matched: number[] = [];
    let c = 0;
    for (let i = 0; i < model.length; i++) {
      const k = model[i];
      if (k === DEAD) continue;
      if (c < current.length && k === current[c]) {
        matched.push(i);
        c++;
      } else model[i] = DEAD;
    }
    // A key removed and added again matches its old entry; the count of appended entries tells.
    while (current.length - c < appended && matched.length > 0) {
      model[matched.pop()!] = DEAD;
      c--;
    }
    for (let j = c; j < current.length; j++) model.push(current[j]);
    for (let j = current.length - c; j < appended; j++) model.push(DEAD);
  }

  /** The next key (its value in `this.value`), or undefined at the end. */
  private nextKey(): PyObject {
    const d = this.dict;
    if (d === null) return undefined;
    if (this.used !== d.size) {
      this.used = -1;
      throw newException(RuntimeError, "dictionary changed size during iteration");
    }
    if (this.live ? d.str !== null || d.keys !== this.keys : d.str === null || d.version !== this.version) {
      this.refresh(d);
    }
    const keys = this.keys;
    let k: PyObject;
    let v: PyObject;
    for (;;) {
      if (this.pos >= keys.length) {
        this.dict = null;
        return undefined;
      }
      const i = this.pos++;
      k = keys[i];
      if (this.live) {
        v = d.values[i];
        if (v !== undefined) break;
      } else if (k !== DEAD) {
        v = d.str![k as string];
        if (v !== undefined) break;
      }
    }
    if (this.len === 0) {
      this.dict = null;
      throw newException(RuntimeError, "dictionary keys changed during iteration");
    }
    this.len--;
    this.value = v;
    return k;
  }

  nextValue(): PyObject {
    const k = this.nextKey();
    if (k === undefined) return undefined;
    if (this.kind === KEYS) return k;
    if (this.kind === VALUES) return this.value;
    return new PyTuple([k, this.value]);
  }
}

/** A reverse dict iterator: a snapshot of the keys, last first; keys removed meanwhile are skipped. */
export class PyDictRevIterator {
  type: PyType;
  dict: PyDict | null;
  kind: number;
  used: number;
  len: number;
  keys: PyObject[];
  pos: number;

  constructor(d: PyDict, kind: number) {
    this.type = REVERSE_TYPES[kind]!;
    this.dict = d;
    this.kind = kind;
    this.used = d.size;
    this.len = d.size;
    this.keys = d.keyList();
    this.pos = this.keys.length - 1;
  }

  nextValue(): PyObject {
    const d = this.dict;
    if (d === null) return undefined;
    if (this.used !== d.size) {
      this.used = -1;
      throw newException(RuntimeError, "dictionary changed size during iteration");
    }
    while (this.pos >= 0) {
      const k = this.keys[this.pos--];
      const v = d.str !== null ? d.str[k as string] : d.getItem(k);
      if (v === undefined) continue;
      this.len--;
      if (this.kind === KEYS) return k;
      if (this.kind === VALUES) return v;
      return new PyTuple([k, v]);
    }
    this.dict = null;
    return undefined;
  }
}

for (const T of [...FORWARD_TYPES, ...REVERSE_TYPES]) {
  defNativeIterator(T);
  defMethod(
    T,
    "__length_hint__",
    noArgMethod(`${T.name}.__length_hint__`, (self: PyDictIterator | PyDictRevIterator) =>
      self.dict !== null && self.used === self.dict.size ? self.len : 0,
    ),
  );
  defMethod(
    T,
    "__reduce__",
    noArgMethod(`${T.name}.__reduce__`, (self: PyDictIterator | PyDictRevIterator) => {
      // Iterate a copy of the iterator's state into a list.
      const rest: PyObject[] = [];
      const copy = Object.assign(Object.create(Object.getPrototypeOf(self)), self) as typeof self;
      if (!(copy instanceof PyDictIterator && copy.live)) copy.keys = copy.keys.slice();
      for (;;) {
        const v = copy.nextValue();
        if (v === undefined) break;
        rest.push(v);
      }
      return new PyTuple([builtinIter(), new PyTuple([new PyList(rest)])]);
    }),
  );
}

// ---------------------------------------------------------------------------------------------------
// Views

export const DictKeysType = auxType("dict_keys");
export const DictValuesType = auxType("dict_values");
export const DictItemsType = auxType("dict_items");

export class PyDictView {
  constructor(
    public type: PyType,
    public dict: PyDict,
  ) {}
}

function isSetView(o: PyObject): o is PyDictView {
  return o instanceof PyDictView && o.type !== DictValuesType;
}

/**
 * Hook: the `types.MappingProxyType` of a dict, for the views' `mapping` attribute (set by the module
 * implementing mappingproxy; until then the dict itself, which reads the same).
 */
export const mappingProxyHook: { make: (d: PyDict) => PyObject } = {
  make: (d) => d,
};

for (const T of [DictKeysType, DictValuesType, DictItemsType]) {
  const kind = T === DictKeysType ? KEYS : T === DictValuesType ? VALUES : ITEMS;
  defMethod(
    T,
    "__iter__",
    zeroArg("__iter__", (self: PyDictView) => new PyDictIterator(self.dict, kind)),
  );
  defMethod(
    T,
    "__len__",
    zeroArg("__len__", (self: PyDictView) => self.dict.size),
  );
  defMethod(
    T,
    "__reversed__",
    noArgMethod(`${T.name}.__reversed__`, (self: PyDictView) => new PyDictRevIterator(self.dict, kind)),
  );
  defMethod(
    T,
    "__repr__",
    zeroArg("__repr__", (self: PyDictView) => {
      if (!reprEnter(self)) return "...";
      try {
        const items = toArray(self);
        return `${T.name}(${repr(new PyList(items))})`;
      } finally {
        reprLeave(self);
      }
    }),
  );
  defGetSet(T, "mapping", (self: PyDictView) => mappingProxyHook.make(self.dict));
}

defMethod(DictKeysType, "__contains__", (self: PyDictView, args, kwnames) => {
  slotArity("__contains__", args, kwnames, 1);
  return self.dict.has(args[0]);
});

function itemsContain(self: PyDictView, obj: PyObject): boolean {
  if (!(obj instanceof PyTuple) || obj.items.length !== 2) return false;
  const found = self.dict.getItem(obj.items[0]);
  if (found === undefined) return false;
  return found === obj.items[1] || eq(found, obj.items[1]);
}

defMethod(DictItemsType, "__contains__", (self: PyDictView, args, kwnames) => {
  slotArity("__contains__", args, kwnames, 1);
  return itemsContain(self, args[0]);
});

/** Whether every item of `a` is in `b` (CPython's all_contained_in). */
function allContainedIn(a: PyObject, b: PyObject): boolean {
  const it = getIter(a);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return true;
    if (!contains(b, x)) return false;
  }
}

function viewRichCompare(self: PyDictView, other: PyObject, op: number): PyObject {
  if (!(other instanceof PySet) && !isSetView(other)) return NotImplemented;
  const ls = len(self);
  const lo = len(other);
  switch (op) {
    case 2:
      return ls === lo && allContainedIn(self, other);
    case 3:
      return !(ls === lo && allContainedIn(self, other));
    case 0:
      return ls < lo && allContainedIn(self, other);
    case 1:
      return ls <= lo && allContainedIn(self, other);
    case 4:
      return ls > lo && allContainedIn(other, self);
    default:
      return ls >= lo && allContainedIn(other, self);
  }
}

/** A set from a view (keys views go through the dict, as PySet_New's dict fast path). */
function viewToSet(o: PyObject): PySet {
  if (o instanceof PyDictView && o.type === DictKeysType && isExactDict(o.dict)) return makeNewSet(SetType, o.dict);
  return makeNewSet(SetType, o);
}

function viewSub(a: PyObject, b: PyObject): PyObject {
  const r = viewToSet(a);
  call(getAttr(r, "difference_update"), [b]);
  return r;
}

function viewOr(a: PyObject, b: PyObject): PyObject {
  const r = viewToSet(a);
  setUpdateInternal(r, b);
  return r;
}

function viewXor(a: PyObject, b: PyObject): PyObject {
  if (a instanceof PyDictView && a.type === DictItemsType && b instanceof PyDictView && b.type === DictItemsType) {
    return itemsXor(a.dict, b.dict);
  }
  const r = viewToSet(a);
  call(getAttr(r, "symmetric_difference_update"), [b]);
  return r;
}

function itemsXor(d1: PyDict, d2: PyDict): PyObject {
  const temp = d1.copy();
  const result = new PySet();
  for (const [k, v2] of d2.entries()) {
    const v1 = temp.getItem(k);
    const same = v1 !== undefined && (v1 === v2 || eq(v1, v2));
    if (same) temp.delItem(k);
    else result.add(new PyTuple([k, v2]));
  }
  setUpdateInternal(result, new PyDictView(DictItemsType, temp));
  return result;
}

/** `a & b` with a dict view on either side (CPython's _PyDictView_Intersect). */
function viewIntersect(self: PyObject, other: PyObject): PyObject {
  if (!isSetView(self)) {
    const t = other;
    other = self;
    self = t;
  }
  let view = self as PyDictView;
  const lenSelf = view.dict.size;
  if (other instanceof PySet && other.type === SetType && lenSelf <= other.used) {
    return call(getAttr(other, "intersection"), [view]);
  }
  if (isSetView(other) && other.dict.size > lenSelf) {
    const t = other;
    other = view;
    view = t;
  }
  const result = new PySet();
  const it = getIter(other);
  for (;;) {
    const key = iterNext(it);
    if (key === undefined) return result;
    const present = view.type === DictKeysType ? view.dict.has(key) : itemsContain(view, key);
    if (present) result.add(key);
  }
}

function viewIsDisjoint(self: PyDictView, other: PyObject): boolean {
  if (self === other) return self.dict.size === 0;
  let a: PyObject = self;
  let b: PyObject = other;
  if (other instanceof PySet || isSetView(other)) {
    if (len(other) > self.dict.size) {
      a = other;
      b = self;
    }
  }
  const it = getIter(b);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return true;
    if (contains(a, x)) return false;
  }
}

for (const T of [DictKeysType, DictItemsType]) {
  for (const [name, op] of [
    ["__lt__", 0],
    ["__le__", 1],
    ["__eq__", 2],
    ["__ne__", 3],
    ["__gt__", 4],
    ["__ge__", 5],
  ] as const) {
    defMethod(T, name, (self: PyDictView, args, kwnames) => {
      slotArity(name, args, kwnames, 1);
      return viewRichCompare(self, args[0], op);
    });
  }
  defAttr(T, "__hash__", None);
  const binary: [string, (a: PyObject, b: PyObject) => PyObject][] = [
    ["sub", viewSub],
    ["and", viewIntersect],
    ["or", viewOr],
    ["xor", viewXor],
  ];
  for (const [name, f] of binary) {
    defMethod(T, `__${name}__`, (self: PyDictView, args, kwnames) => {
      slotArity(`__${name}__`, args, kwnames, 1);
      return f(self, args[0]);
    });
    defMethod(T, `__r${name}__`, (self: PyDictView, args, kwnames) => {
      slotArity(`__r${name}__`, args, kwnames, 1);
      return f(args[0], self);
    });
  }
  defMethod(T, "isdisjoint", (self: PyDictView, args, kwnames) => {
    methodArity(`${T.name}.isdisjoint`, args, kwnames, 1, 1);
    return viewIsDisjoint(self, args[0]);
  });
}
