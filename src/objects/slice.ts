// Python `slice` objects (CPython's Objects/sliceobject.c). The VM builds them with
// `new PySlice(start, stop, step)` (BUILD_SLICE, BINARY_SLICE, STORE_SLICE): keep that constructor.
// `sliceIndices` is what sequences (str, bytes, list, tuple, range) use to apply a slice.

import { None, NotImplemented, SliceType, defMethod, defStatic, typeOf } from "./builtin_types.js";
import { attributeError, typeError, valueError } from "./exceptions.js";
import { big, type Int, normBig } from "./int.js";
import type { PyObject } from "./object.js";
import { PyTuple } from "./tuple.js";
import { PyGetSetDescr, type PyType } from "./type.js";
import { checkArity } from "./args.js";
import { hash, index, PY_EQ, PY_GE, PY_GT, PY_LE, PY_LT, PY_NE, repr, richCompare } from "../vm/abstract.js";
import { methodArity, noArgMethod, slotArity, tupleHashOf, zeroArg } from "./tuple_type.js";

export class PySlice {
  declare type: PyType;
  constructor(
    public start: PyObject,
    public stop: PyObject,
    public step: PyObject,
  ) {}
}
Object.defineProperty(PySlice.prototype, "type", { value: SliceType, writable: true });

const MAX = Number.MAX_SAFE_INTEGER;

/** Whether `v` can be a slice index: an int or an object with __index__. */
function isIndexable(v: PyObject): boolean {
  const t = typeof v;
  if (t === "number" || t === "bigint" || t === "boolean") return true;
  return typeOf(v).lookup("__index__") !== undefined;
}

/** A slice bound as a JS number, clamped to ±MAX (CPython's _PyEval_SliceIndex with PY_SSIZE_T bounds). */
function sliceIndex(v: PyObject): number {
  if (typeof v === "number") return v;
  if (!isIndexable(v)) throw typeError("slice indices must be integers or None or have an __index__ method");
  const i = index(v);
  if (typeof i === "number") return i;
  return i > 0n ? MAX : -MAX;
}

/**
 * The start, stop and step of `s` applied to a sequence of `length` items, and the number of items it
 * selects (CPython's PySlice_Unpack + PySlice_AdjustIndices). Raises "slice step cannot be zero" and the
 * TypeError for bad bounds.
 */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = sliceIndex(s.step);
    if (step === 0) throw valueError("slice step cannot be zero");
  }
  let start = s.start === None ? (step < 0 ? MAX : 0) : sliceIndex(s.start);
  let stop = s.stop === None ? (step < 0 ? -MAX : MAX) : sliceIndex(s.stop);
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/** A slice bound for slice.indices(): any int (CPython's evaluate_slice_index). */
function longIndex(v: PyObject): Int {
  if (!isIndexable(v)) throw typeError("slice indices must be integers or None or have an __index__ method");
  return index(v);
}

/** slice.indices(length) with arbitrary-precision ints (CPython's _PySlice_GetLongIndices). */
export function sliceLongIndices(s: PySlice, length: Int): [Int, Int, Int] {
  if (big(length) < 0n) throw valueError("length should not be negative");
  let step: Int = 1;
  if (s.step !== None) {
    step = longIndex(s.step);
    if (step === 0) throw valueError("slice step cannot be zero");
  }
  const neg = big(step) < 0n;
  const len = big(length);
  const lower = neg ? -1n : 0n;
  const upper = neg ? len - 1n : len;
  const bound = (v: PyObject, dflt: bigint): bigint => {
    if (v === None) return dflt;
    let x = big(longIndex(v));
    if (x < 0n) {
      x += len;
      if (x < lower) x = lower;
    } else if (x > upper) x = upper;
    return x;
  };
  const start = bound(s.start, neg ? upper : lower);
  const stop = bound(s.stop, neg ? lower : upper);
  return [normBig(start), normBig(stop), step];
}

// ---------------------------------------------------------------------------------------------------
// The type

defStatic(SliceType, "__new__", (args, kwnames) => {
  const a = args.slice(1);
  checkArity("slice", a, kwnames, 1, 3);
  if (a.length === 1) return new PySlice(None, a[0], None);
  return new PySlice(a[0], a[1], a.length === 3 ? a[2] : None);
});

function asTuple(s: PySlice): PyTuple {
  return new PyTuple([s.start, s.stop, s.step]);
}

for (const [name, op] of [
  ["__eq__", PY_EQ],
  ["__ne__", PY_NE],
  ["__lt__", PY_LT],
  ["__le__", PY_LE],
  ["__gt__", PY_GT],
  ["__ge__", PY_GE],
] as const) {
  defMethod(SliceType, name, (self: PySlice, args, kwnames) => {
    slotArity(name, args, kwnames, 1);
    const other = args[0];
    if (!(other instanceof PySlice)) return NotImplemented;
    if (self === other) return op === PY_EQ || op === PY_LE || op === PY_GE;
    return richCompare(asTuple(self), asTuple(other), op);
  });
}

defMethod(
  SliceType,
  "__hash__",
  zeroArg("__hash__", (self: PySlice) => tupleHashOf([self.start, self.stop, self.step], false, hash)),
);

defMethod(
  SliceType,
  "__repr__",
  (self: PySlice) => `slice(${repr(self.start)}, ${repr(self.stop)}, ${repr(self.step)})`,
);

defMethod(
  SliceType,
  "__reduce__",
  noArgMethod("slice.__reduce__", (self: PySlice) => new PyTuple([SliceType, asTuple(self)])),
);

defMethod(SliceType, "indices", (self: PySlice, args, kwnames) => {
  methodArity("slice.indices", args, kwnames, 1, 1);
  return new PyTuple(sliceLongIndices(self, index(args[0])));
});

function readonly(name: "start" | "stop" | "step"): void {
  SliceType.dict.set(
    name,
    new PyGetSetDescr(
      name,
      SliceType,
      (self: PySlice) => self[name],
      () => {
        throw attributeError("readonly attribute");
      },
      None,
      true,
    ),
  );
}
readonly("start");
readonly("stop");
readonly("step");
