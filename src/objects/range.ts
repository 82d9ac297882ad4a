// Python `range` (CPython's Objects/rangeobject.c): start, stop, step and length are Python ints
// (number or bigint), so huge ranges work; `in`, indexing, slicing, index() and count() are O(1) for
// ints. Iteration uses a native iterator on JS numbers whenever every value stays a safe integer.

import { auxType, defMethod, defStatic, None, NotImplemented, RangeType, typeOf } from "./builtin_types.js";
import { indexError, newException, OverflowError, typeError, valueError } from "./exceptions.js";
import { big, type Int, intAdd, intFloorDiv, intMod, intMul, intSub, normBig } from "./int.js";
import type { PyObject } from "./object.js";
import { PySlice, sliceLongIndices } from "./slice.js";
import { PyTuple } from "./tuple.js";
import {
  builtinIter,
  defNativeIterator,
  isIndexable,
  methodArity,
  noArgMethod,
  slotArity,
  tupleHashOf,
  zeroArg,
} from "./tuple_type.js";
import { PyGetSetDescr, type PyType } from "./type.js";
import { checkArity } from "./args.js";
import { attributeError } from "./exceptions.js";
import { eq, index, repr } from "../vm/abstract.js";

export class PyRange {
  declare type: PyType;
  constructor(
    public start: Int,
    public stop: Int,
    public step: Int,
    public length: Int,
  ) {}
}
Object.defineProperty(PyRange.prototype, "type", { value: RangeType, writable: true });

function sign(v: Int): number {
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** Number of items of range(start, stop, step) (CPython's compute_range_length). */
export function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (typeof start === "number" && typeof stop === "number" && typeof step === "number") {
    const [lo, hi, st] = step > 0 ? [start, stop, step] : [stop, start, -step];
    if (lo >= hi) return 0;
    const span = hi - lo - 1;
    if (span <= Number.MAX_SAFE_INTEGER) return Math.floor(span / st) + 1;
  }
  let lo: bigint;
  let hi: bigint;
  let st = big(step);
  if (st > 0n) {
    lo = big(start);
    hi = big(stop);
  } else {
    lo = big(stop);
    hi = big(start);
    st = -st;
  }
  if (lo >= hi) return 0;
  return normBig((hi - lo - 1n) / st + 1n);
}

/** A new range (the arguments already converted with __index__). */
export function makeRange(start: Int, stop: Int, step: Int): PyRange {
  return new PyRange(start, stop, step, rangeLength(start, stop, step));
}

/** `r[i]` without bounds checks (CPython's compute_item). */
function computeItem(r: PyRange, i: Int): Int {
  if (r.step === 1) return intAdd(r.start, i);
  return intAdd(r.start, intMul(i, r.step));
}

function rangeItem(r: PyRange, i: Int): Int {
  if (sign(i) < 0) i = intAdd(i, r.length);
  if (sign(i) < 0 || big(i) >= big(r.length)) throw indexError("range object index out of range");
  return computeItem(r, i);
}

/** Whether the int `ob` is in `r` (CPython's range_contains_long). */
function containsInt(r: PyRange, ob: Int): boolean {
  if (sign(r.step) > 0) {
    if (!(r.start <= ob && ob < r.stop)) return false;
  } else if (!(ob <= r.start && r.stop < ob)) return false;
  return sign(intMod(intSub(ob, r.start), r.step)) === 0;
}

function isExactInt(o: PyObject): o is Int | boolean {
  const t = typeof o;
  return t === "number" || t === "bigint" || t === "boolean";
}

function asInt(o: Int | boolean): Int {
  return typeof o === "boolean" ? (o ? 1 : 0) : o;
}

// ---------------------------------------------------------------------------------------------------
// The type

defStatic(RangeType, "__new__", (args, kwnames) => {
  const a = args.slice(1);
  if (kwnames !== null && kwnames.length > 0) throw typeError("range() takes no keyword arguments");
  checkArity("range", a, null, 1, 3);
  if (a.length === 1) return makeRange(0, index(a[0]), 1);
  const start = index(a[0]);
  const stop = index(a[1]);
  const step = a.length === 3 ? index(a[2]) : 1;
  if (step === 0) throw valueError("range() arg 3 must not be zero");
  return makeRange(start, stop, step);
});

defMethod(
  RangeType,
  "__bool__",
  zeroArg("__bool__", (self: PyRange) => sign(self.length) !== 0),
);

defMethod(RangeType, "__contains__", (self: PyRange, args, kwnames) => {
  slotArity("__contains__", args, kwnames, 1);
  const ob = args[0];
  if (isExactInt(ob)) return containsInt(self, asInt(ob));
  return iterSearch(self, ob) >= 0;
});

/** Index of the first item equal to ob by iteration (PySequence_Index), or -1. */
function iterSearch(r: PyRange, ob: PyObject): Int {
  const it = rangeIter(r);
  let i = 0;
  for (;;) {
    const x = it.nextValue();
    if (x === undefined) return -1;
    if (x === ob || eq(x, ob)) return i;
    i++;
  }
}

function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  if (sign(a.length) === 0) return true;
  if (a.start !== b.start) return false;
  if (a.length === 1) return true;
  return a.step === b.step;
}

defMethod(RangeType, "__eq__", (self: PyRange, args, kwnames) => {
  slotArity("__eq__", args, kwnames, 1);
  if (!(args[0] instanceof PyRange)) return NotImplemented;
  return rangeEquals(self, args[0]);
});

defMethod(RangeType, "__ne__", (self: PyRange, args, kwnames) => {
  slotArity("__ne__", args, kwnames, 1);
  if (!(args[0] instanceof PyRange)) return NotImplemented;
  return !rangeEquals(self, args[0]);
});

defMethod(RangeType, "__getitem__", (self: PyRange, args, kwnames) => {
  slotArity("__getitem__", args, kwnames, 1);
  const k = args[0];
  if (typeof k === "number" && typeof self.length === "number") {
    const i = k < 0 ? k + self.length : k;
    if (i < 0 || i >= self.length) throw indexError("range object index out of range");
    return computeItem(self, i);
  }
  if (isIndexable(k)) return rangeItem(self, index(k));
  if (k instanceof PySlice) {
    const [start, stop, step] = sliceLongIndices(k, self.length);
    return makeRange(computeItem(self, start), computeItem(self, stop), intMul(step, self.step));
  }
  throw typeError(`range indices must be integers or slices, not ${typeOf(k).name}`);
});

defMethod(
  RangeType,
  "__hash__",
  zeroArg("__hash__", (self: PyRange) => {
    const n = self.length;
    if (sign(n) === 0) return tupleHashOf([n, None, None]);
    return tupleHashOf([n, self.start, n === 1 ? None : self.step]);
  }),
);

defMethod(
  RangeType,
  "__iter__",
  zeroArg("__iter__", (self: PyRange) => rangeIter(self)),
);

defMethod(
  RangeType,
  "__len__",
  zeroArg("__len__", (self: PyRange) => {
    const n = self.length;
    if (typeof n === "bigint" && n > 0x7fffffffffffffffn) {
      throw newException(OverflowError, "Python int too large to convert to C ssize_t");
    }
    return n;
  }),
);

defMethod(
  RangeType,
  "__reduce__",
  (self: PyRange) => new PyTuple([RangeType, new PyTuple([self.start, self.stop, self.step])]),
);

defMethod(
  RangeType,
  "__repr__",
  zeroArg("__repr__", (self: PyRange) =>
    self.step === 1
      ? `range(${repr(self.start)}, ${repr(self.stop)})`
      : `range(${repr(self.start)}, ${repr(self.stop)}, ${repr(self.step)})`,
  ),
);

defMethod(
  RangeType,
  "__reversed__",
  noArgMethod("range.__reversed__", (self: PyRange) => {
    const n = self.length;
    if (sign(n) === 0) return makeRangeIter(self.start, 1, 0);
    const last = intAdd(self.start, intMul(intSub(n, 1), self.step));
    return makeRangeIter(last, intSub(0, self.step), n);
  }),
);

defMethod(RangeType, "count", (self: PyRange, args, kwnames) => {
  methodArity("range.count", args, kwnames, 1, 1);
  const ob = args[0];
  if (isExactInt(ob)) return containsInt(self, asInt(ob)) ? 1 : 0;
  let n = 0;
  const it = rangeIter(self);
  for (;;) {
    const x = it.nextValue();
    if (x === undefined) return n;
    if (x === ob || eq(x, ob)) n++;
  }
});

defMethod(RangeType, "index", (self: PyRange, args, kwnames) => {
  methodArity("range.index", args, kwnames, 1, 1);
  const ob = args[0];
  if (!isExactInt(ob)) {
    const i = iterSearch(self, ob);
    if (i === -1) throw valueError("sequence.index(x): x not in sequence");
    return i;
  }
  const v = asInt(ob);
  if (!containsInt(self, v)) throw valueError(`${repr(ob)} is not in range`);
  return intFloorDiv(intSub(v, self.start), self.step);
});

for (const name of ["start", "stop", "step"] as const) {
  RangeType.dict.set(
    name,
    new PyGetSetDescr(
      name,
      RangeType,
      (self: PyRange) => self[name],
      () => {
        throw attributeError("readonly attribute");
      },
      None,
      true,
    ),
  );
}

// ---------------------------------------------------------------------------------------------------
// range_iterator (values fit a C long in CPython) and longrange_iterator

export const RangeIteratorType = auxType("range_iterator");
export const LongRangeIteratorType = auxType("longrange_iterator");

/** Iterator over JS numbers: every value it yields is a safe integer. */
export class PyRangeIterator {
  type: PyType;
  constructor(
    type: PyType,
    public cur: number,
    public step: number,
    public len: number,
  ) {
    this.type = type;
  }
  nextValue(): PyObject {
    if (this.len <= 0) return undefined;
    const v = this.cur;
    this.cur += this.step;
    this.len--;
    return v;
  }
}

/** Iterator over arbitrary ints. */
export class PyLongRangeIterator {
  type: PyType;
  constructor(
    type: PyType,
    public cur: Int,
    public step: Int,
    public len: Int,
  ) {
    this.type = type;
  }
  nextValue(): PyObject {
    if (sign(this.len) <= 0) return undefined;
    const v = this.cur;
    this.cur = intAdd(this.cur, this.step);
    this.len = intSub(this.len, 1);
    return v;
  }
}

const LONG_MAX = 0x7fffffffffffffffn;
const LONG_MIN = -0x8000000000000000n;

/** Whether CPython would use its C-long iterator for these values (range_iter's checks). */
function fitsCLong(start: Int, step: Int, len: Int): boolean {
  const s = big(start);
  const st = big(step);
  const n = big(len);
  if (s > LONG_MAX || s < LONG_MIN || st > LONG_MAX || st < LONG_MIN || n > LONG_MAX) return false;
  const last = s + (n - 1n) * st;
  const stop = s + n * st;
  return n === 0n || (last <= LONG_MAX && last >= LONG_MIN && stop <= LONG_MAX && stop >= LONG_MIN);
}

function makeRangeIter(start: Int, step: Int, len: Int): PyRangeIterator | PyLongRangeIterator {
  const type = fitsCLong(start, step, len) ? RangeIteratorType : LongRangeIteratorType;
  if (typeof start === "number" && typeof step === "number" && typeof len === "number") {
    const end = start + step * len;
    if (Number.isSafeInteger(end) && Number.isSafeInteger(start + step * Math.max(len - 1, 0))) {
      return new PyRangeIterator(type, start, step, len);
    }
  }
  return new PyLongRangeIterator(type, start, step, len);
}

export function rangeIter(r: PyRange): PyRangeIterator | PyLongRangeIterator {
  return makeRangeIter(r.start, r.step, r.length);
}

for (const T of [RangeIteratorType, LongRangeIteratorType]) {
  defNativeIterator(T);
  defMethod(
    T,
    "__length_hint__",
    noArgMethod(`${T.name}.__length_hint__`, (self: PyRangeIterator | PyLongRangeIterator) => self.len),
  );
  defMethod(
    T,
    "__reduce__",
    noArgMethod(`${T.name}.__reduce__`, (self: PyRangeIterator | PyLongRangeIterator) => {
      const stop = intAdd(self.cur, intMul(self.len, self.step));
      return new PyTuple([builtinIter(), new PyTuple([makeRange(self.cur, stop, self.step)]), None]);
    }),
  );
  defMethod(T, "__setstate__", (self: PyRangeIterator | PyLongRangeIterator, args, kwnames) => {
    methodArity(`${T.name}.__setstate__`, args, kwnames, 1, 1);
    let i: Int = index(args[0]);
    if (sign(i) < 0) i = 0;
    else if (big(i) > big(self.len)) i = self.len;
    if (self instanceof PyRangeIterator) {
      const n = Number(i);
      self.cur += n * self.step;
      self.len -= n;
    } else {
      self.cur = intAdd(self.cur, intMul(i, self.step));
      self.len = intSub(self.len, i);
    }
    return None;
  });
}
