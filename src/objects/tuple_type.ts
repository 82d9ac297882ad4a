// The `tuple` type (CPython's Objects/tupleobject.c) and the helpers that list, tuple and range share:
// index conversion with CPython's messages, lexicographic comparison, repetition counts, and the
// xxHash-based tuple hash computed exactly as CPython's (64-bit arithmetic on 32-bit halves).

import {
  auxType,
  defClassMethod,
  defMethod,
  defStatic,
  None,
  NotImplemented,
  TupleType,
  typeOf,
} from "./builtin_types.js";
import { pyHash } from "./dict.js";
import {
  indexError,
  MemoryError,
  newException,
  OverflowError,
  StopIteration,
  typeError,
  valueError,
} from "./exceptions.js";
import type { Int } from "./int.js";
import type { PyObject } from "./object.js";
import { PySlice, sliceIndices } from "./slice.js";
import { PyTuple, PyTupleSub } from "./tuple.js";
import { checkArity } from "./args.js";
import { reprEnter, reprLeave } from "./list.js";
import { eq, genericAlias, index, PY_EQ, PY_NE, repr, richCompare, toArray } from "../vm/abstract.js";
import { interp } from "../vm/interp.js";
import type { PyType } from "./type.js";

// ---------------------------------------------------------------------------------------------------
// 64-bit unsigned arithmetic on (hi, lo) halves; results in RH/RL.

let RH = 0;
let RL = 0;

/** RH:RL = a * b mod 2^64. */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const mid = a1 * b0 + a0 * b1;
  const lo = a0 * b0 + (mid % 65536) * 65536;
  const carry = Math.floor(lo / 4294967296);
  RL = lo >>> 0;
  RH = (a1 * b1 + Math.floor(mid / 65536) + carry + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

/** RH:RL = a + b mod 2^64. */
function add64(ah: number, al: number, bh: number, bl: number): void {
  const lo = al + bl;
  RL = lo >>> 0;
  RH = (ah + bh + (lo > 0xffffffff ? 1 : 0)) >>> 0;
}

/** The unsigned halves of a Python hash value (Py_uhash_t of a Py_hash_t). */
function hashHalves(h: Int): void {
  if (typeof h === "number") {
    RL = h >>> 0;
    RH = Math.floor(h / 4294967296) >>> 0;
  } else {
    RL = Number(BigInt.asUintN(32, h));
    RH = Number(BigInt.asUintN(32, h >> 32n));
  }
}

/** The signed Python int of the 64-bit value hi:lo. */
export function signed64(hi: number, lo: number): Int {
  const s = hi | 0;
  if (s >= -0x200000 && s < 0x200000) return s * 4294967296 + lo;
  return (BigInt(s) << 32n) | BigInt(lo);
}

const P1H = 0x9e3779b1;
const P1L = 0x85ebca87;
const P2H = 0xc2b2ae3d;
const P2L = 0x27d4eb4f;
const P5H = 0x27d4eb2f;
const P5L = 0x165667c5;

/**
 * CPython's tuplehash (xxHash's mixing of each item's hash). `addLength` is false for slices, whose hash
 * is the same loop without the final length term.
 */
export function tupleHashOf(items: readonly PyObject[], addLength = true, hashFn: (o: PyObject) => Int = pyHash): Int {
  let ah = P5H;
  let al = P5L;
  const n = items.length;
  for (let i = 0; i < n; i++) {
    hashHalves(hashFn(items[i]));
    mul64(RH, RL, P2H, P2L);
    add64(ah, al, RH, RL);
    // rotate left by 31
    const h = RH;
    const l = RL;
    ah = ((h << 31) | (l >>> 1)) >>> 0;
    al = ((l << 31) | (h >>> 1)) >>> 0;
    mul64(ah, al, P1H, P1L);
    ah = RH;
    al = RL;
  }
  if (addLength) {
    // acc += len ^ (XXPRIME_5 ^ 3527539)
    add64(ah, al, 0x27d4eb2f, (n ^ 0x1663b4b6) >>> 0);
    ah = RH;
    al = RL;
  }
  if (ah === 0xffffffff && al === 0xffffffff) return 1546275796;
  return signed64(ah, al);
}

// ---------------------------------------------------------------------------------------------------
// Helpers shared by the sequence types

/**
 * Arguments of a builtin method with CPython's messages: "list.pop() takes no keyword arguments",
 * "list.append() takes exactly one argument (0 given)", "pop expected at most 1 argument, got 2".
 */
export function methodArity(qual: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${qual}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max && min <= 1) checkArity(qual, args, null, min, max);
  checkArity(qual.slice(qual.lastIndexOf(".") + 1), args, null, min, max);
}

/** A native for a slot wrapper without arguments (`__len__`, `__iter__`, `__repr__`, ...), arity-checked. */
export function zeroArg<T>(
  name: string,
  fn: (self: T) => PyObject,
): (self: T, args: PyObject[], kwnames: string[] | null) => PyObject {
  return (self, args, kwnames) => {
    if (args.length !== 0 || kwnames !== null) slotArity(name, args, kwnames, 0);
    return fn(self);
  };
}

/** A native for a builtin method without arguments (`__length_hint__`, `__reduce__`, ...), arity-checked. */
export function noArgMethod<T>(
  qual: string,
  fn: (self: T) => PyObject,
): (self: T, args: PyObject[], kwnames: string[] | null) => PyObject {
  return (self, args, kwnames) => {
    if (args.length !== 0 || kwnames !== null) methodArity(qual, args, kwnames, 0, 0);
    return fn(self);
  };
}

/** Arguments of a slot wrapper (`__len__`, `__add__`, `__setitem__`): "expected 1 argument, got 0". */
export function slotArity(name: string, args: PyObject[], kwnames: string[] | null, n: number): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length === n) return;
  // Two-argument wrappers report through PyArg_UnpackTuple with an empty name (hence the space).
  const lead = n === 2 ? " " : "";
  throw typeError(`${lead}expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
}

/** Whether `v` has an integer value for indexing (int, bool or __index__). */
export function isIndexable(v: PyObject): boolean {
  const t = typeof v;
  if (t === "number" || t === "bigint" || t === "boolean") return true;
  if (t === "string") return false;
  return typeOf(v).lookup("__index__") !== undefined;
}

/**
 * An index as a JS number (CPython's PyNumber_AsSsize_t with IndexError): out-of-range ints raise
 * "cannot fit 'int' into an index-sized integer".
 */
export function indexAsNumber(v: PyObject): number {
  if (typeof v === "number") return v;
  const i = index(v);
  if (typeof i === "number") return i;
  throw indexError("cannot fit 'int' into an index-sized integer");
}

/** An index clamped to ±MAX_SAFE_INTEGER (PyNumber_AsSsize_t with a NULL exception: list.insert and friends). */
export function clampedIndex(v: PyObject): number {
  if (typeof v === "number") return v;
  const i = index(v);
  if (typeof i === "number") return i;
  return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/** The repeat count of `seq * n` (OverflowError beyond index size; MemoryError when the result is too large). */
export function repeatCount(n: PyObject, size: number): number {
  if (typeof n !== "number") {
    const i = index(n);
    if (typeof i !== "number") {
      if (i < 0n) return 0;
      throw newException(OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    n = i;
  }
  const c = n as number;
  if (c <= 0 || size === 0) return 0;
  if (c * size > 0x7fffffff) throw newException(MemoryError);
  return c;
}

/**
 * The result of `seq * n` for an `n` that is not an int (CPython's sequence_repeat). A user class with
 * __rmul__ gets its turn (NotImplemented) unless this is the reflected call.
 */
export function nonIntRepeat(n: PyObject, reflected: boolean): PyObject {
  const t = typeOf(n);
  if (!reflected && t.isHeapType && t.lookup("__rmul__") !== undefined) return NotImplemented;
  throw typeError(`can't multiply sequence by non-int of type '${t.name}'`);
}

/** Lexicographic comparison of two item arrays (CPython's list_richcompare / tuplerichcompare). */
export function seqRichCompare(v: PyObject[], w: PyObject[], op: number, live = false): PyObject {
  if (!live && v.length !== w.length && (op === PY_EQ || op === PY_NE)) return op === PY_NE;
  let i = 0;
  for (; i < v.length && i < w.length; i++) {
    const a = v[i];
    const b = w[i];
    if (a === b) continue;
    if (!eq(a, b)) break;
  }
  if (i >= v.length || i >= w.length) {
    const vs = v.length;
    const ws = w.length;
    switch (op) {
      case 0:
        return vs < ws;
      case 1:
        return vs <= ws;
      case 2:
        return vs === ws;
      case 3:
        return vs !== ws;
      case 4:
        return vs > ws;
      default:
        return vs >= ws;
    }
  }
  if (op === PY_EQ) return false;
  if (op === PY_NE) return true;
  return richCompare(v[i], w[i], op);
}

/** `item in items` with identity first (PySequence_Contains of list and tuple). */
export function itemsContain(items: PyObject[], x: PyObject): boolean {
  for (let i = 0; i < items.length; i++) {
    const y = items[i];
    if (y === x || eq(y, x)) return true;
  }
  return false;
}

/** Number of items equal to x. */
export function itemsCount(items: PyObject[], x: PyObject): number {
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    const y = items[i];
    if (y === x || eq(y, x)) n++;
  }
  return n;
}

/** Resolves the optional start/stop of index() (CPython's _PyEval_SliceIndexNotNone), clamped to [0, len]. */
export function indexBounds(args: PyObject[], len: number): [number, number] {
  let start = 0;
  let stop = len;
  const conv = (v: PyObject): number => {
    if (!isIndexable(v)) throw typeError("slice indices must be integers or have an __index__ method");
    return clampedIndex(v);
  };
  if (args.length > 1) {
    start = conv(args[1]);
    if (start < 0) {
      start += len;
      if (start < 0) start = 0;
    }
  }
  if (args.length > 2) {
    stop = conv(args[2]);
    if (stop < 0) {
      stop += len;
      if (stop < 0) stop = 0;
    }
  }
  return [start, stop];
}

/** The items selected by a slice. */
export function sliceItems(items: PyObject[], s: PySlice): PyObject[] {
  const [start, , step, n] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, start + n);
  const out: PyObject[] = new Array(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
  return out;
}

/** Comma-separated reprs of items. */
export function reprItems(items: PyObject[]): string {
  const parts: string[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) parts[i] = repr(items[i]);
  return parts.join(", ");
}

// ---------------------------------------------------------------------------------------------------
// tuple

/** A new tuple of `items` with type `type` (a subclass instance when type is not tuple). */
export function newTuple(items: PyObject[], type = TupleType): PyTuple {
  return type === TupleType ? new PyTuple(items) : new PyTupleSub(items, type);
}

defStatic(TupleType, "__new__", (args, kwnames) => {
  const cls = args[0];
  if (
    (cls === TupleType || cls.lookup("__init__") === TupleType.lookup("__init__")) &&
    kwnames !== null &&
    kwnames.length
  ) {
    throw typeError("tuple() takes no keyword arguments");
  }
  const a = kwnames === null ? args.slice(1) : args.slice(1, args.length - kwnames.length);
  checkArity("tuple", a, null, 0, 1);
  if (a.length === 0) return newTuple([], cls);
  const it = a[0];
  if (cls === TupleType && it instanceof PyTuple && it.type === TupleType) return it;
  return newTuple(toArray(it), cls);
});

defMethod(TupleType, "__add__", (self: PyTuple, args, kwnames) => {
  slotArity("__add__", args, kwnames, 1);
  const other = args[0];
  if (!(other instanceof PyTuple)) {
    const t = typeOf(other);
    if (t.isHeapType && t.lookup("__radd__") !== undefined) return NotImplemented;
    throw typeError(`can only concatenate tuple (not "${t.name}") to tuple`);
  }
  if (other.items.length === 0 && self.type === TupleType) return self;
  if (self.items.length === 0 && other.type === TupleType) return other;
  return new PyTuple(self.items.concat(other.items));
});

defClassMethod(TupleType, "__class_getitem__", (cls: PyType, args, kwnames) => {
  methodArity("tuple.__class_getitem__", args, kwnames, 1, 1);
  return genericAlias(cls, args[0]);
});

defMethod(TupleType, "__contains__", (self: PyTuple, args, kwnames) => {
  slotArity("__contains__", args, kwnames, 1);
  return itemsContain(self.items, args[0]);
});

for (const [name, op] of [
  ["__lt__", 0],
  ["__le__", 1],
  ["__eq__", 2],
  ["__ne__", 3],
  ["__gt__", 4],
  ["__ge__", 5],
] as const) {
  defMethod(TupleType, name, (self: PyTuple, args, kwnames) => {
    slotArity(name, args, kwnames, 1);
    const other = args[0];
    if (!(other instanceof PyTuple)) return NotImplemented;
    return seqRichCompare(self.items, other.items, op);
  });
}

defMethod(TupleType, "__getitem__", (self: PyTuple, args, kwnames) => {
  slotArity("__getitem__", args, kwnames, 1);
  const k = args[0];
  const items = self.items;
  if (typeof k === "number") {
    const i = k < 0 ? k + items.length : k;
    if (i < 0 || i >= items.length) throw indexError("tuple index out of range");
    return items[i];
  }
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, items.length);
    if (n === items.length && step === 1 && self.type === TupleType) return self;
    if (step === 1) return new PyTuple(items.slice(start, start + n));
    const out: PyObject[] = new Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
    return new PyTuple(out);
  }
  if (!isIndexable(k)) throw typeError(`tuple indices must be integers or slices, not ${typeOf(k).name}`);
  let i = indexAsNumber(k);
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError("tuple index out of range");
  return items[i];
});

defMethod(TupleType, "__getnewargs__", (self: PyTuple, args, kwnames) => {
  methodArity("tuple.__getnewargs__", args, kwnames, 0, 0);
  return new PyTuple([new PyTuple(self.items.slice())]);
});

defMethod(
  TupleType,
  "__hash__",
  zeroArg("__hash__", (self: PyTuple) => tupleHashOf(self.items)),
);

defMethod(
  TupleType,
  "__iter__",
  zeroArg("__iter__", (self: PyTuple) => new PyTupleIterator(self)),
);

defMethod(
  TupleType,
  "__len__",
  zeroArg("__len__", (self: PyTuple) => self.items.length),
);

defMethod(TupleType, "__mul__", (self: PyTuple, args, kwnames) => {
  slotArity("__mul__", args, kwnames, 1);
  return tupleRepeat(self, args[0], false);
});

defMethod(TupleType, "__rmul__", (self: PyTuple, args, kwnames) => {
  slotArity("__rmul__", args, kwnames, 1);
  return tupleRepeat(self, args[0], true);
});

function tupleRepeat(self: PyTuple, n: PyObject, reflected: boolean): PyObject {
  if (!isIndexable(n)) return nonIntRepeat(n, reflected);
  const items = self.items;
  const c = repeatCount(n, items.length);
  if (c === 1 && self.type === TupleType) return self;
  const out: PyObject[] = new Array(c * items.length);
  for (let r = 0, k = 0; r < c; r++) for (let i = 0; i < items.length; i++) out[k++] = items[i];
  return new PyTuple(out);
}

defMethod(
  TupleType,
  "__repr__",
  zeroArg("__repr__", (self: PyTuple) => {
    const items = self.items;
    if (items.length === 0) return "()";
    if (!reprEnter(self)) return "(...)";
    try {
      if (items.length === 1) return `(${repr(items[0])},)`;
      return `(${reprItems(items)})`;
    } finally {
      reprLeave(self);
    }
  }),
);

defMethod(TupleType, "count", (self: PyTuple, args, kwnames) => {
  methodArity("tuple.count", args, kwnames, 1, 1);
  return itemsCount(self.items, args[0]);
});

defMethod(TupleType, "index", (self: PyTuple, args, kwnames) => {
  methodArity("tuple.index", args, kwnames, 1, 3);
  const items = self.items;
  const [start, stop] = indexBounds(args, items.length);
  const x = args[0];
  for (let i = start; i < stop && i < items.length; i++) {
    const y = items[i];
    if (y === x || eq(y, x)) return i;
  }
  throw valueError("tuple.index(x): x not in tuple");
});

// ---------------------------------------------------------------------------------------------------
// tuple_iterator

export const TupleIteratorType = auxType("tuple_iterator");

export class PyTupleIterator {
  declare type: typeof TupleIteratorType;
  index = 0;
  constructor(public seq: PyTuple | null) {}
  nextValue(): PyObject {
    const s = this.seq;
    if (s === null) return undefined;
    if (this.index < s.items.length) return s.items[this.index++];
    this.seq = null;
    return undefined;
  }
}
Object.defineProperty(PyTupleIterator.prototype, "type", { value: TupleIteratorType, writable: true });

defNativeIterator(TupleIteratorType);

defMethod(
  TupleIteratorType,
  "__length_hint__",
  noArgMethod("tuple_iterator.__length_hint__", (self: PyTupleIterator) =>
    self.seq === null ? 0 : self.seq.items.length - self.index,
  ),
);

defMethod(
  TupleIteratorType,
  "__reduce__",
  noArgMethod("tuple_iterator.__reduce__", (self: PyTupleIterator) => iterReduce(self.seq, self.index)),
);

defMethod(TupleIteratorType, "__setstate__", (self: PyTupleIterator, args, kwnames) => {
  methodArity("tuple_iterator.__setstate__", args, kwnames, 1, 1);
  if (self.seq !== null) self.index = setstateIndex(args[0], self.seq.items.length);
  return None;
});

/** The builtin `iter` (for __reduce__ of iterators). */
export function builtinIter(): PyObject {
  return interp.builtins.getStr("iter") ?? None;
}

/** `(iter, (seq,), index)` or `(iter, ((),))` once exhausted: the __reduce__ of sequence iterators. */
export function iterReduce(seq: PyObject, idx: number): PyTuple {
  if (seq === null) return new PyTuple([builtinIter(), new PyTuple([new PyTuple([])])]);
  return new PyTuple([builtinIter(), new PyTuple([seq]), idx]);
}

/** The index given to __setstate__, clamped to [0, len]. */
export function setstateIndex(v: PyObject, len: number): number {
  let i = clampedIndex(v);
  if (i < 0) i = 0;
  else if (i > len) i = len;
  return i;
}

/** `__iter__` (returns self) and `__next__` (StopIteration when exhausted) of a native iterator type. */
export function defNativeIterator(t: PyType): void {
  defMethod(
    t,
    "__iter__",
    zeroArg("__iter__", (self: PyObject) => self),
  );
  defMethod(t, "__next__", (self: { nextValue(): PyObject }) => {
    const v = self.nextValue();
    if (v === undefined) throw newException(StopIteration);
    return v;
  });
}
