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
  MappingProxyType,
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
import { builtinIter, defNativeIterator } from "./tuple_type.js";
import type { PyType } from "./type.js";
import { checkArity } from "./args.js";
import {
  call,
  callDescriptor,
  contains,
  eq,
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
    if (a === b || b.size === 0) return;
    for (const [k, v] of b.entries()) a.setItem(k, v);
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

defMethod(DictType, "__contains__", (self: PyDict, args, kwnames) => {
  checkArity("__contains__", args, kwnames, 1, 1);
  return self.has(args[0]);
});

defMethod(DictType, "__delitem__", (self: PyDict, args, kwnames) => {
  checkArity("__delitem__", args, kwnames, 1, 1);
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
  checkArity("__eq__", args, kwnames, 1, 1);
  if (!(args[0] instanceof PyDict)) return NotImplemented;
  return dictEqual(self, args[0]);
});

defMethod(DictType, "__ne__", (self: PyDict, args, kwnames) => {
  checkArity("__ne__", args, kwnames, 1, 1);
  if (!(args[0] instanceof PyDict)) return NotImplemented;
  return !dictEqual(self, args[0]);
});

defMethod(DictType, "__getitem__", (self: PyDict, args, kwnames) => {
  checkArity("__getitem__", args, kwnames, 1, 1);
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
  checkArity("__ior__", args, kwnames, 1, 1);
  dictUpdateArg(self, args[0]);
  return self;
});

defMethod(DictType, "__iter__", (self: PyDict) => new PyDictIterator(self, KEYS));

const DICT_ITER = DictType.dict.get("__iter__");

defMethod(DictType, "__len__", (self: PyDict) => self.size);

defMethod(DictType, "__or__", (self: PyDict, args, kwnames) => {
  checkArity("__or__", args, kwnames, 1, 1);
  const other = args[0];
  if (!(other instanceof PyDict)) return NotImplemented;
  const d = self.copy();
  dictUpdateArg(d, other);
  return d;
});

defMethod(DictType, "__ror__", (self: PyDict, args, kwnames) => {
  checkArity("__ror__", args, kwnames, 1, 1);
  const other = args[0];
  if (!(other instanceof PyDict)) return NotImplemented;
  const d = other.copy();
  dictUpdateArg(d, self);
  return d;
});

defMethod(DictType, "__repr__", (self: PyDict) => {
  if (!reprEnter(self)) return "{...}";
  try {
    if (self.size === 0) return "{}";
    const parts: string[] = [];
    for (const [k, v] of self.entries()) parts.push(`${repr(k)}: ${repr(v)}`);
    return `{${parts.join(", ")}}`;
  } finally {
    reprLeave(self);
  }
});

defMethod(DictType, "__reversed__", (self: PyDict) => new PyDictRevIterator(self, KEYS));

defMethod(DictType, "__setitem__", (self: PyDict, args, kwnames) => {
  checkArity("__setitem__", args, kwnames, 2, 2);
  self.setItem(args[0], args[1]);
  return None;
});

defMethod(DictType, "__sizeof__", (self: PyDict) => 48 + 24 * self.size);

defMethod(DictType, "clear", (self: PyDict, args, kwnames) => {
  checkArity("dict.clear", args, kwnames, 0, 0);
  self.clear();
  return None;
});

defMethod(DictType, "copy", (self: PyDict, args, kwnames) => {
  checkArity("dict.copy", args, kwnames, 0, 0);
  return self.copy();
});

defClassMethod(DictType, "fromkeys", (cls: PyType, args, kwnames) => {
  checkArity("fromkeys", args, kwnames, 1, 2);
  const value = args.length > 1 ? args[1] : None;
  const d = call(cls, []);
  const it = getIter(args[0]);
  const exact = isExactDict(d);
  for (;;) {
    const k = iterNext(it);
    if (k === undefined) return d;
    if (exact) d.setItem(k, value);
    else setItem(d, k, value);
  }
});

defMethod(DictType, "get", (self: PyDict, args, kwnames) => {
  checkArity("get", args, kwnames, 1, 2);
  const v = self.getItem(args[0]);
  if (v !== undefined) return v;
  return args.length > 1 ? args[1] : None;
});

defMethod(DictType, "items", (self: PyDict, args, kwnames) => {
  checkArity("dict.items", args, kwnames, 0, 0);
  return new PyDictView(DictItemsType, self);
});

defMethod(DictType, "keys", (self: PyDict, args, kwnames) => {
  checkArity("dict.keys", args, kwnames, 0, 0);
  return new PyDictView(DictKeysType, self);
});

defMethod(DictType, "pop", (self: PyDict, args, kwnames) => {
  checkArity("pop", args, kwnames, 1, 2);
  const v = self.delItem(args[0]);
  if (v !== undefined) return v;
  if (args.length > 1) return args[1];
  throw keyError(args[0]);
});

defMethod(DictType, "popitem", (self: PyDict, args, kwnames) => {
  checkArity("dict.popitem", args, kwnames, 0, 0);
  const e = self.popLast();
  if (e === undefined) throw keyError("popitem(): dictionary is empty");
  return new PyTuple(e);
});

defMethod(DictType, "setdefault", (self: PyDict, args, kwnames) => {
  checkArity("setdefault", args, kwnames, 1, 2);
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
  checkArity("dict.values", args, kwnames, 0, 0);
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

/**
 * A forward dict iterator (CPython's dictiterobject). In general mode it walks the entries array in
 * place, as CPython walks its entries; in str mode it walks a snapshot of the keys, re-synchronized when
 * keys are added or removed. Either way it sees what CPython sees: keys added at the end during
 * iteration, "dictionary changed size during iteration" when the size changes, and "dictionary keys
 * changed during iteration" when more keys come than the dict had.
 */
export class PyDictIterator {
  type: PyType;
  dict: PyDict | null;
  kind: number;
  /** Size of the dict when iteration started (-1 after a size error: the error is sticky). */
  used: number;
  /** Items still expected (CPython's di->len). */
  len: number;
  /** The keys being walked: the dict's own keys array (general mode) or a snapshot (str mode). */
  keys: PyObject[];
  live: boolean;
  pos = 0;
  version: number;

  constructor(d: PyDict, kind: number) {
    this.type = FORWARD_TYPES[kind]!;
    this.dict = d;
    this.kind = kind;
    this.used = d.size;
    this.len = d.size;
    this.version = d.version;
    if (d.str === null) {
      this.keys = d.keys;
      this.live = true;
    } else {
      this.keys = Object.keys(d.str);
      this.live = false;
    }
  }

  /** After keys were added/removed (str mode) or the entries compacted (general mode): resume. */
  private resync(d: PyDict): void {
    // Keys already visited, in order.
    let visited: PyObject[];
    if (this.live) {
      visited = [];
      for (let i = 0; i < this.pos; i++) if (this.keys[i] !== undefined) visited.push(this.keys[i]);
    } else visited = this.keys.slice(0, this.pos);
    const current = d.keyList();
    // The current order is: visited keys still present, then unvisited ones, then new ones. Skip the
    // prefix of visited keys.
    const seen = new Set<PyObject>(visited);
    let p = 0;
    let j = 0;
    while (p < current.length && seen.has(current[p])) {
      const k = current[p];
      while (j < visited.length && visited[j] !== k) j++;
      if (j >= visited.length) break;
      j++;
      p++;
    }
    if (d.str === null) {
      // Map p (the index among live entries) back to the entries array.
      let i = 0;
      let n = 0;
      const arr = d.keys;
      while (i < arr.length && (arr[i] === undefined || n < p)) {
        if (arr[i] !== undefined) n++;
        i++;
      }
      while (i < arr.length && arr[i] === undefined) i++;
      this.keys = arr;
      this.live = true;
      this.pos = i;
    } else {
      this.keys = current;
      this.live = false;
      this.pos = p;
    }
    this.version = d.version;
  }

  /** The next key (and sets `this.value` for values/items), or undefined at the end. */
  private nextKey(): PyObject {
    const d = this.dict;
    if (d === null) return undefined;
    if (this.used !== d.size) {
      this.used = -1;
      throw newException(RuntimeError, "dictionary changed size during iteration");
    }
    if (this.live ? d.keys !== this.keys || d.str !== null : d.str === null || d.version !== this.version) {
      this.resync(d);
    }
    const keys = this.keys;
    let k: PyObject;
    let v: PyObject;
    if (this.live) {
      const vals = d.values;
      for (;;) {
        if (this.pos >= keys.length) {
          this.dict = null;
          return undefined;
        }
        const i = this.pos++;
        k = keys[i];
        if (k !== undefined) {
          v = vals[i];
          break;
        }
      }
    } else {
      const s = d.str!;
      for (;;) {
        if (this.pos >= keys.length) {
          this.dict = null;
          return undefined;
        }
        k = keys[this.pos++];
        v = s[k as string];
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

  value: PyObject = undefined;

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
  defMethod(T, "__length_hint__", (self: PyDictIterator | PyDictRevIterator) =>
    self.dict !== null && self.used === self.dict.size ? self.len : 0,
  );
  defMethod(T, "__reduce__", (self: PyDictIterator | PyDictRevIterator) => {
    // Iterate a copy of the iterator's state into a list.
    const rest: PyObject[] = [];
    const copy = Object.assign(Object.create(Object.getPrototypeOf(self)), self) as typeof self;
    if (copy instanceof PyDictIterator && !copy.live) copy.keys = copy.keys.slice();
    for (;;) {
      const v = copy.nextValue();
      if (v === undefined) break;
      rest.push(v);
    }
    return new PyTuple([builtinIter(), new PyTuple([new PyList(rest)])]);
  });
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

/** Hook: builds the `types.MappingProxyType` of a dict (set by the module implementing mappingproxy). */
export const mappingProxyHook: { make: (d: PyDict) => PyObject } = {
  make: (d) => {
    const p = Object.create(null);
    p.type = MappingProxyType;
    p.mapping = d;
    return p;
  },
};

for (const T of [DictKeysType, DictValuesType, DictItemsType]) {
  const kind = T === DictKeysType ? KEYS : T === DictValuesType ? VALUES : ITEMS;
  defMethod(T, "__iter__", (self: PyDictView) => new PyDictIterator(self.dict, kind));
  defMethod(T, "__len__", (self: PyDictView) => self.dict.size);
  defMethod(T, "__reversed__", (self: PyDictView) => new PyDictRevIterator(self.dict, kind));
  defMethod(T, "__repr__", (self: PyDictView) => {
    if (!reprEnter(self)) return "...";
    try {
      const items = toArray(self);
      return `${T.name}(${repr(new PyList(items))})`;
    } finally {
      reprLeave(self);
    }
  });
  defGetSet(T, "mapping", (self: PyDictView) => mappingProxyHook.make(self.dict));
}

defMethod(DictKeysType, "__contains__", (self: PyDictView, args, kwnames) => {
  checkArity("__contains__", args, kwnames, 1, 1);
  return self.dict.has(args[0]);
});

function itemsContain(self: PyDictView, obj: PyObject): boolean {
  if (!(obj instanceof PyTuple) || obj.items.length !== 2) return false;
  const found = self.dict.getItem(obj.items[0]);
  if (found === undefined) return false;
  return found === obj.items[1] || eq(found, obj.items[1]);
}

defMethod(DictItemsType, "__contains__", (self: PyDictView, args, kwnames) => {
  checkArity("__contains__", args, kwnames, 1, 1);
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
      checkArity(name, args, kwnames, 1, 1);
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
      checkArity(`__${name}__`, args, kwnames, 1, 1);
      return f(self, args[0]);
    });
    defMethod(T, `__r${name}__`, (self: PyDictView, args, kwnames) => {
      checkArity(`__r${name}__`, args, kwnames, 1, 1);
      return f(args[0], self);
    });
  }
  defMethod(T, "isdisjoint", (self: PyDictView, args, kwnames) => {
    checkArity("isdisjoint", args, kwnames, 1, 1);
    return viewIsDisjoint(self, args[0]);
  });
}
