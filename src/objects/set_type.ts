// The `set` and `frozenset` types (CPython's Objects/setobject.c): every operation visits tables and
// iterables in CPython's order, so results come out in CPython's iteration order. The table itself is
// in set.ts.

import {
  auxType,
  defAttr,
  defClassMethod,
  defMethod,
  defStatic,
  FrozenSetType,
  None,
  NotImplemented,
  SetType,
} from "./builtin_types.js";
import { PyDict, pyHash } from "./dict.js";
import { keyError, newException, PyBaseException, RuntimeError, TypeError, typeError } from "./exceptions.js";
import type { Int } from "./int.js";
import { reprEnter, reprLeave } from "./list.js";
import type { PyObject } from "./object.js";
import { PyFrozenSet, PySet } from "./set.js";
import { PyTuple } from "./tuple.js";
import { builtinIter, defNativeIterator, methodArity, noArgMethod, slotArity, zeroArg } from "./tuple_type.js";
import type { PyType } from "./type.js";
import { checkArity } from "./args.js";
import { genericAlias, getIter, iterNext, repr } from "../vm/abstract.js";
import { PyList } from "./list.js";

/** `isinstance(o, (set, frozenset))`. */
export function isAnySet(o: PyObject): o is PySet {
  return o instanceof PySet;
}

/** `isinstance(o, set)` (not frozenset). */
function isMutableSet(o: PyObject): boolean {
  return o instanceof PySet && !(o instanceof PyFrozenSet);
}

function isExactDict(o: PyObject): o is PyDict {
  return o instanceof PyDict && o.type === (PyDict.prototype as unknown as { type: PyType }).type;
}

/** An empty set of type `type`. */
function emptyOfType(type: PyType): PySet {
  return type.isSubtype(FrozenSetType) ? new PyFrozenSet([], type) : new PySet([], type);
}

/** An empty `set` or `frozenset`: the builtin base of `type` (CPython's make_new_set_basetype). */
function emptyBase(type: PyType): PySet {
  if (type !== SetType && type !== FrozenSetType) type = type.isSubtype(SetType) ? SetType : FrozenSetType;
  return emptyOfType(type);
}

/** Adds everything from `other` (CPython's set_update_internal): a set's table, a dict's keys, any iterable. */
export function setUpdateInternal(so: PySet, other: PyObject): void {
  if (other instanceof PySet) {
    so.merge(other);
    return;
  }
  if (isExactDict(other)) {
    so.mergeDict(other);
    return;
  }
  const it = getIter(other);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return;
    so.add(x);
  }
}

/** A new set (or frozenset) of type `type` filled from `iterable` (CPython's make_new_set). */
export function makeNewSet(type: PyType, iterable: PyObject | undefined): PySet {
  const s = emptyOfType(type);
  if (iterable !== undefined) setUpdateInternal(s, iterable);
  return s;
}

/** A copy of `so` of its builtin base type (set_copy). */
function setCopy(so: PySet): PySet {
  const r = emptyBase(so.type);
  r.merge(so);
  return r;
}

/** The hash of a key, a mutable set standing for the frozenset of its members (set_contains_key fallback). */
function keyHash(key: PyObject): Int {
  try {
    return pyHash(key);
  } catch (e) {
    if (isMutableSet(key) && e instanceof PyBaseException && e.type === TypeError) return (key as PySet).computeHash();
    throw e;
  }
}

function setContains(so: PySet, key: PyObject): boolean {
  return so.hasHashed(key, keyHash(key));
}

function setIntersection(so: PySet, other: PyObject): PySet {
  if (so === other) return setCopy(so);
  const result = emptyBase(so.type);
  if (other instanceof PySet) {
    let a: PySet = so;
    let b: PySet = other;
    if (b.used > a.used) {
      a = other;
      b = so;
    }
    for (let i = b.nextSlot(0); i >= 0; i = b.nextSlot(i + 1)) {
      const key = b.keys[i];
      const h = b.slotHash(i);
      if (a.hasHashed(key, h)) result.addHashed(key, h);
    }
    return result;
  }
  const it = getIter(other);
  for (;;) {
    const key = iterNext(it);
    if (key === undefined) break;
    const h = pyHash(key);
    if (so.hasHashed(key, h)) {
      result.addHashed(key, h);
      if (result.used >= so.used) break;
    }
  }
  return result;
}

function setIntersectionMulti(so: PySet, others: PyObject[]): PySet {
  if (others.length === 0) return setCopy(so);
  let result: PySet = so;
  for (const other of others) result = setIntersection(result, other);
  return result;
}

function setDifferenceUpdateInternal(so: PySet, other: PyObject): void {
  if (so === other) {
    so.clear();
    return;
  }
  if (other instanceof PySet) {
    let o: PySet = other;
    if (o.used >> 3 > so.used) o = setIntersection(so, o);
    for (let i = o.nextSlot(0); i >= 0; i = o.nextSlot(i + 1)) so.discardHashed(o.keys[i], o.slotHash(i));
  } else {
    const it = getIter(other);
    for (;;) {
      const key = iterNext(it);
      if (key === undefined) break;
      so.discardHashed(key, pyHash(key));
    }
  }
  // More than a quarter of the slots are dummies: rebuild without them.
  if (so.fill - so.used <= so.mask >>> 2) return;
  so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
}

function setDifference(so: PySet, other: PyObject): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (isExactDict(other)) otherSize = other.size;
  else {
    const r = setCopy(so);
    setDifferenceUpdateInternal(r, other);
    return r;
  }
  if (so.used >> 2 > otherSize) {
    const r = setCopy(so);
    setDifferenceUpdateInternal(r, other);
    return r;
  }
  const result = emptyBase(so.type);
  for (let i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) {
    const key = so.keys[i];
    const h = so.slotHash(i);
    const present = other instanceof PySet ? other.hasHashed(key, h) : (other as PyDict).has(key);
    if (!present) result.addHashed(key, h);
  }
  return result;
}

function setDifferenceMulti(so: PySet, others: PyObject[]): PySet {
  if (others.length === 0) return setCopy(so);
  const result = setDifference(so, others[0]);
  for (let i = 1; i < others.length; i++) setDifferenceUpdateInternal(result, others[i]);
  return result;
}

/** Toggles every member of `other` in `so` (set_symmetric_difference_update_set). */
function symDiffUpdateSet(so: PySet, other: PySet): void {
  for (let i = other.nextSlot(0); i >= 0; i = other.nextSlot(i + 1)) {
    const key = other.keys[i];
    const h = other.slotHash(i);
    if (!so.discardHashed(key, h)) so.addHashed(key, h);
  }
}

function setSymmetricDifferenceUpdate(so: PySet, other: PyObject): void {
  if (so === other) {
    so.clear();
    return;
  }
  if (isExactDict(other)) {
    for (const key of other.keyList()) {
      const h = pyHash(key);
      if (!so.discardHashed(key, h)) so.addHashed(key, h);
    }
  } else if (other instanceof PySet) symDiffUpdateSet(so, other);
  else symDiffUpdateSet(so, makeNewSet(emptyBase(so.type).type, other));
}

function setSymmetricDifference(so: PySet, other: PyObject): PySet {
  const result = emptyBase(so.type);
  setUpdateInternal(result, other);
  symDiffUpdateSet(result, so);
  return result;
}

function setIsSubset(so: PySet, other: PyObject): boolean {
  if (!(other instanceof PySet)) {
    const tmp = setIntersection(so, other);
    return tmp.used === so.used;
  }
  if (so.used > other.used) return false;
  for (let i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) {
    if (!other.hasHashed(so.keys[i], so.slotHash(i))) return false;
  }
  return true;
}

function setIsSuperset(so: PySet, other: PyObject): boolean {
  if (other instanceof PySet) return setIsSubset(other, so);
  const it = getIter(other);
  for (;;) {
    const key = iterNext(it);
    if (key === undefined) return true;
    if (!so.hasHashed(key, pyHash(key))) return false;
  }
}

function setIsDisjoint(so: PySet, other: PyObject): boolean {
  if (so === other) return so.used === 0;
  if (other instanceof PySet && (other.type === SetType || other.type === FrozenSetType)) {
    let a: PySet = so;
    let b: PySet = other;
    if (b.used > a.used) {
      a = other;
      b = so;
    }
    for (let i = b.nextSlot(0); i >= 0; i = b.nextSlot(i + 1)) {
      if (a.hasHashed(b.keys[i], b.slotHash(i))) return false;
    }
    return true;
  }
  const it = getIter(other);
  for (;;) {
    const key = iterNext(it);
    if (key === undefined) return true;
    if (so.hasHashed(key, pyHash(key))) return false;
  }
}

function setRichCompare(v: PySet, w: PyObject, op: number): PyObject {
  if (!(w instanceof PySet)) return NotImplemented;
  switch (op) {
    case 2:
      if (v.used !== w.used) return false;
      if (v.hash !== -1 && w.hash !== -1 && v.hash !== w.hash) return false;
      return setIsSubset(v, w);
    case 3:
      return !setRichCompare(v, w, 2);
    case 1:
      return setIsSubset(v, w);
    case 5:
      return setIsSuperset(v, w);
    case 0:
      if (v.used >= w.used) return false;
      return setIsSubset(v, w);
    default:
      if (v.used <= w.used) return false;
      return setIsSuperset(v, w);
  }
}

function setRepr(so: PySet): string {
  const name = so.type.name;
  if (!reprEnter(so)) return `${name}(...)`;
  try {
    if (so.used === 0) return `${name}()`;
    const parts = so.items.map((x) => repr(x));
    const body = `{${parts.join(", ")}}`;
    return so.type === SetType ? body : `${name}(${body})`;
  } finally {
    reprLeave(so);
  }
}

/** Positional arguments only; raises "T() takes no keyword arguments" and "T expected at most 1 argument". */
function oneOptionalArg(kwname: string, name: string, args: PyObject[], kwnames: string[] | null, checkKw: boolean) {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (checkKw && nkw > 0) throw typeError(`${kwname}() takes no keyword arguments`);
  const pos = nkw > 0 ? args.slice(0, args.length - nkw) : args;
  checkArity(name, pos, null, 0, 1);
  return pos.length === 1 ? pos[0] : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Methods common to set and frozenset

for (const T of [SetType, FrozenSetType]) {
  defMethod(T, "__and__", (self: PySet, args, kwnames) => {
    slotArity("__and__", args, kwnames, 1);
    if (!(args[0] instanceof PySet)) return NotImplemented;
    return setIntersection(self, args[0]);
  });
  defMethod(T, "__rand__", (self: PySet, args, kwnames) => {
    slotArity("__rand__", args, kwnames, 1);
    if (!(args[0] instanceof PySet)) return NotImplemented;
    return setIntersection(args[0], self);
  });
  defMethod(T, "__or__", (self: PySet, args, kwnames) => {
    slotArity("__or__", args, kwnames, 1);
    return setOr(self, args[0]);
  });
  defMethod(T, "__ror__", (self: PySet, args, kwnames) => {
    slotArity("__ror__", args, kwnames, 1);
    if (!(args[0] instanceof PySet)) return NotImplemented;
    return setOr(args[0], self);
  });
  defMethod(T, "__sub__", (self: PySet, args, kwnames) => {
    slotArity("__sub__", args, kwnames, 1);
    if (!(args[0] instanceof PySet)) return NotImplemented;
    return setDifference(self, args[0]);
  });
  defMethod(T, "__rsub__", (self: PySet, args, kwnames) => {
    slotArity("__rsub__", args, kwnames, 1);
    if (!(args[0] instanceof PySet)) return NotImplemented;
    return setDifference(args[0], self);
  });
  defMethod(T, "__xor__", (self: PySet, args, kwnames) => {
    slotArity("__xor__", args, kwnames, 1);
    if (!(args[0] instanceof PySet)) return NotImplemented;
    return setSymmetricDifference(self, args[0]);
  });
  defMethod(T, "__rxor__", (self: PySet, args, kwnames) => {
    slotArity("__rxor__", args, kwnames, 1);
    if (!(args[0] instanceof PySet)) return NotImplemented;
    return setSymmetricDifference(args[0], self);
  });
  defClassMethod(T, "__class_getitem__", (cls: PyType, args, kwnames) => {
    methodArity(`${T.name}.__class_getitem__`, args, kwnames, 1, 1);
    return genericAlias(cls, args[0]);
  });
  defMethod(T, "__contains__", (self: PySet, args, kwnames) => {
    methodArity(`${T.name}.__contains__`, args, kwnames, 1, 1);
    return setContains(self, args[0]);
  });
  for (const [name, op] of [
    ["__lt__", 0],
    ["__le__", 1],
    ["__eq__", 2],
    ["__ne__", 3],
    ["__gt__", 4],
    ["__ge__", 5],
  ] as const) {
    defMethod(T, name, (self: PySet, args, kwnames) => {
      slotArity(name, args, kwnames, 1);
      return setRichCompare(self, args[0], op);
    });
  }
  defMethod(
    T,
    "__iter__",
    zeroArg("__iter__", (self: PySet) => new PySetIterator(self)),
  );
  defMethod(
    T,
    "__len__",
    zeroArg("__len__", (self: PySet) => self.used),
  );
  defMethod(
    T,
    "__repr__",
    zeroArg("__repr__", (self: PySet) => setRepr(self)),
  );
  defMethod(
    T,
    "__reduce__",
    noArgMethod(`${T.name}.__reduce__`, (self: PySet) => {
      const state = self.dict instanceof PyDict && self.dict.size > 0 ? self.dict : None;
      return new PyTuple([self.type, new PyTuple([new PyList(self.items)]), state]);
    }),
  );
  defMethod(
    T,
    "__sizeof__",
    noArgMethod(`${T.name}.__sizeof__`, (self: PySet) => 200 + (self.mask > 7 ? (self.mask + 1) * 16 : 0)),
  );
  defMethod(T, "difference", (self: PySet, args, kwnames) => {
    methodArity(`${T.name}.difference`, [], kwnames, 0, 0);
    return setDifferenceMulti(self, args);
  });
  defMethod(T, "intersection", (self: PySet, args, kwnames) => {
    methodArity(`${T.name}.intersection`, [], kwnames, 0, 0);
    return setIntersectionMulti(self, args);
  });
  defMethod(T, "isdisjoint", (self: PySet, args, kwnames) => {
    methodArity(`${T.name}.isdisjoint`, args, kwnames, 1, 1);
    return setIsDisjoint(self, args[0]);
  });
  defMethod(T, "issubset", (self: PySet, args, kwnames) => {
    methodArity(`${T.name}.issubset`, args, kwnames, 1, 1);
    return setIsSubset(self, args[0]);
  });
  defMethod(T, "issuperset", (self: PySet, args, kwnames) => {
    methodArity(`${T.name}.issuperset`, args, kwnames, 1, 1);
    return setIsSuperset(self, args[0]);
  });
  defMethod(T, "symmetric_difference", (self: PySet, args, kwnames) => {
    methodArity(`${T.name}.symmetric_difference`, args, kwnames, 1, 1);
    return setSymmetricDifference(self, args[0]);
  });
  defMethod(T, "union", (self: PySet, args, kwnames) => {
    methodArity(`${T.name}.union`, [], kwnames, 0, 0);
    const result = setCopy(self);
    for (const other of args) if (other !== self) setUpdateInternal(result, other);
    return result;
  });
}

function setOr(self: PySet, other: PyObject): PyObject {
  if (!(other instanceof PySet)) return NotImplemented;
  const result = setCopy(self);
  if (other !== self) setUpdateInternal(result, other);
  return result;
}

// ---------------------------------------------------------------------------------------------------
// set

defStatic(SetType, "__new__", (args) => new PySet([], args[0] as PyType));

defMethod(SetType, "__init__", (self: PySet, args, kwnames) => {
  const iterable = oneOptionalArg("set", self.type.name, args, kwnames, true);
  if (self.fill) self.clear();
  self.hash = -1;
  if (iterable !== undefined) setUpdateInternal(self, iterable);
  return None;
});

defAttr(SetType, "__hash__", None);

defMethod(SetType, "__iand__", (self: PySet, args, kwnames) => {
  slotArity("__iand__", args, kwnames, 1);
  if (!(args[0] instanceof PySet)) return NotImplemented;
  self.swapBodies(setIntersection(self, args[0]));
  return self;
});

defMethod(SetType, "__ior__", (self: PySet, args, kwnames) => {
  slotArity("__ior__", args, kwnames, 1);
  if (!(args[0] instanceof PySet)) return NotImplemented;
  setUpdateInternal(self, args[0]);
  return self;
});

defMethod(SetType, "__isub__", (self: PySet, args, kwnames) => {
  slotArity("__isub__", args, kwnames, 1);
  if (!(args[0] instanceof PySet)) return NotImplemented;
  setDifferenceUpdateInternal(self, args[0]);
  return self;
});

defMethod(SetType, "__ixor__", (self: PySet, args, kwnames) => {
  slotArity("__ixor__", args, kwnames, 1);
  if (!(args[0] instanceof PySet)) return NotImplemented;
  setSymmetricDifferenceUpdate(self, args[0]);
  return self;
});

defMethod(SetType, "add", (self: PySet, args, kwnames) => {
  methodArity("set.add", args, kwnames, 1, 1);
  self.add(args[0]);
  return None;
});

defMethod(SetType, "clear", (self: PySet, args, kwnames) => {
  methodArity("set.clear", args, kwnames, 0, 0);
  self.clear();
  return None;
});

defMethod(SetType, "copy", (self: PySet, args, kwnames) => {
  methodArity("set.copy", args, kwnames, 0, 0);
  return setCopy(self);
});

defMethod(SetType, "difference_update", (self: PySet, args, kwnames) => {
  methodArity("set.difference_update", [], kwnames, 0, 0);
  for (const other of args) setDifferenceUpdateInternal(self, other);
  return None;
});

defMethod(SetType, "discard", (self: PySet, args, kwnames) => {
  methodArity("set.discard", args, kwnames, 1, 1);
  self.discardHashed(args[0], keyHash(args[0]));
  return None;
});

defMethod(SetType, "intersection_update", (self: PySet, args, kwnames) => {
  methodArity("set.intersection_update", [], kwnames, 0, 0);
  self.swapBodies(setIntersectionMulti(self, args));
  return None;
});

defMethod(SetType, "pop", (self: PySet, args, kwnames) => {
  methodArity("set.pop", args, kwnames, 0, 0);
  const k = self.pop();
  if (k === undefined) throw keyError("pop from an empty set");
  return k;
});

defMethod(SetType, "remove", (self: PySet, args, kwnames) => {
  methodArity("set.remove", args, kwnames, 1, 1);
  const key = args[0];
  if (!self.discardHashed(key, keyHash(key))) throw keyError(key);
  return None;
});

defMethod(SetType, "symmetric_difference_update", (self: PySet, args, kwnames) => {
  methodArity("set.symmetric_difference_update", args, kwnames, 1, 1);
  setSymmetricDifferenceUpdate(self, args[0]);
  return None;
});

defMethod(SetType, "update", (self: PySet, args, kwnames) => {
  methodArity("set.update", [], kwnames, 0, 0);
  for (const other of args) setUpdateInternal(self, other);
  return None;
});

// ---------------------------------------------------------------------------------------------------
// frozenset

defStatic(FrozenSetType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  const checkKw = type === FrozenSetType || type.lookup("__init__") === FrozenSetType.lookup("__init__");
  const iterable = oneOptionalArg("frozenset", type.name, args.slice(1), kwnames, checkKw);
  if (type === FrozenSetType && iterable instanceof PyFrozenSet && iterable.type === FrozenSetType) return iterable;
  return makeNewSet(type, iterable);
});

defMethod(
  FrozenSetType,
  "__hash__",
  zeroArg("__hash__", (self: PySet) => {
    if (self.hash === -1) self.hash = self.computeHash();
    return self.hash;
  }),
);

defMethod(FrozenSetType, "copy", (self: PySet, args, kwnames) => {
  methodArity("frozenset.copy", args, kwnames, 0, 0);
  if (self.type === FrozenSetType) return self;
  return setCopy(self);
});

// ---------------------------------------------------------------------------------------------------
// set_iterator

export const SetIteratorType = auxType("set_iterator");

export class PySetIterator {
  declare type: PyType;
  set: PySet | null;
  used: number;
  pos = 0;
  len: number;
  constructor(s: PySet) {
    this.set = s;
    this.used = s.used;
    this.len = s.used;
  }
  nextValue(): PyObject {
    const s = this.set;
    if (s === null) return undefined;
    if (this.used !== s.used) {
      this.used = -1;
      throw newException(RuntimeError, "Set changed size during iteration");
    }
    const i = s.nextSlot(this.pos);
    if (i < 0) {
      this.set = null;
      return undefined;
    }
    this.pos = i + 1;
    this.len--;
    return s.keys[i];
  }
}
Object.defineProperty(PySetIterator.prototype, "type", { value: SetIteratorType, writable: true });

defNativeIterator(SetIteratorType);
defMethod(
  SetIteratorType,
  "__length_hint__",
  noArgMethod("set_iterator.__length_hint__", (self: PySetIterator) =>
    self.set !== null && self.used === self.set.used ? self.len : 0,
  ),
);
defMethod(
  SetIteratorType,
  "__reduce__",
  noArgMethod("set_iterator.__reduce__", (self: PySetIterator) => {
    const rest: PyObject[] = [];
    const copy = new PySetIterator(self.set ?? new PySet());
    copy.set = self.set;
    copy.used = self.used;
    copy.pos = self.pos;
    for (;;) {
      const v = copy.nextValue();
      if (v === undefined) break;
      rest.push(v);
    }
    return new PyTuple([builtinIter(), new PyTuple([new PyList(rest)])]);
  }),
);
