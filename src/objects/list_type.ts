// The `list` type (CPython's Objects/listobject.c): methods, slicing, comparisons, and the list
// iterators. `PyList` itself is in list.ts.

import {
  auxType,
  defAttr,
  defClassMethod,
  defMethod,
  defStatic,
  ListType,
  None,
  NotImplemented,
  typeOf,
} from "./builtin_types.js";
import { indexError, newException, OverflowError, typeError, valueError } from "./exceptions.js";
import type { PyObject } from "./object.js";
import { PyList, reprEnter, reprLeave } from "./list.js";
import { PySlice, sliceIndices } from "./slice.js";
import { listSort } from "./sort.js";
import { PyTuple } from "./tuple.js";
import {
  builtinIter,
  defNativeIterator,
  indexAsNumber,
  indexBounds,
  isIndexable,
  itemsCount,
  iterReduce,
  methodArity,
  noArgMethod,
  nonIntRepeat,
  repeatCount,
  reprItems,
  seqRichCompare,
  setstateIndex,
  slotArity,
  zeroArg,
} from "./tuple_type.js";
import type { PyType } from "./type.js";
import { checkArity, parseArgs } from "./args.js";
import { eq, genericAlias, getIter, index, iterNext, repr, toArray } from "../vm/abstract.js";
import { interp } from "../vm/interp.js";

/** Appends the items of any iterable to `items` (CPython's list_extend). */
export function extendItems(items: PyObject[], iterable: PyObject): void {
  if (iterable instanceof PyTuple || (iterable instanceof PyList && iterable.type === ListType)) {
    const src = iterable.items;
    const n = src.length;
    for (let i = 0; i < n; i++) items.push(src[i]);
    return;
  }
  if (iterable instanceof PyList) {
    for (const x of iterable.items.slice()) items.push(x);
    return;
  }
  const it = getIter(iterable);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return;
    items.push(x);
  }
}

/** `list(iterable)` as a new exact list. */
export function newListFrom(iterable: PyObject): PyList {
  const items: PyObject[] = [];
  extendItems(items, iterable);
  return new PyList(items);
}

/** The items to store by a slice assignment (CPython's PySequence_Fast with its message). */
function assignedItems(self: PyList, v: PyObject): PyObject[] {
  if (v === self) return self.items.slice();
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  const t = typeOf(v);
  if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
    throw typeError("must assign iterable to extended slice");
  }
  return toArray(v);
}

/** `self[s] = v` or, when v is undefined, `del self[s]` (CPython's list_ass_subscript for slices). */
function assignSlice(self: PyList, s: PySlice, v: PyObject | undefined): void {
  const items = self.items;
  let [start, stop, step, n] = sliceIndices(s, items.length);
  if (step === 1) {
    const seq = v === undefined ? [] : assignedItems(self, v);
    if (stop < start) stop = start;
    spliceItems(self.items, start, stop - start, seq);
    return;
  }
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (v === undefined) {
    if (n <= 0) return;
    if (step < 0) {
      start = start + step * (n - 1);
      step = -step;
    }
    const keep: PyObject[] = [];
    let next = start;
    let removed = 0;
    for (let i = 0; i < items.length; i++) {
      if (removed < n && i === next) {
        removed++;
        next += step;
        continue;
      }
      keep.push(items[i]);
    }
    items.length = 0;
    for (const x of keep) items.push(x);
    return;
  }
  const seq = assignedItems(self, v);
  if (seq.length !== n) {
    throw valueError(`attempt to assign sequence of size ${seq.length} to extended slice of size ${n}`);
  }
  for (let i = 0, j = start; i < n; i++, j += step) items[j] = seq[i];
}

/** Replaces `count` items at `start` by `seq`, in place. */
function spliceItems(items: PyObject[], start: number, count: number, seq: PyObject[]): void {
  if (seq.length < 10000) items.splice(start, count, ...seq);
  else {
    const tail = items.slice(start + count);
    items.length = start;
    for (const x of seq) items.push(x);
    for (const x of tail) items.push(x);
  }
}

/** An index for list.insert/pop (CPython's Py_ssize_t converter: OverflowError when too large). */
function ssizeArg(v: PyObject): number {
  if (typeof v === "number") return v;
  const i = index(v);
  if (typeof i === "number") return i;
  throw newException(OverflowError, "Python int too large to convert to C ssize_t");
}

// ---------------------------------------------------------------------------------------------------
// list

defStatic(ListType, "__new__", (args) => {
  const cls = args[0] as PyType;
  return new PyList([], cls);
});

defMethod(ListType, "__init__", (self: PyList, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw > 0 && (self.type === ListType || self.type.lookup("__new__") === ListType.dict.get("__new__"))) {
    throw typeError("list() takes no keyword arguments");
  }
  const pos = nkw > 0 ? args.slice(0, args.length - nkw) : args;
  checkArity("list", pos, null, 0, 1);
  if (self.items.length > 0) self.items.length = 0;
  if (pos.length === 1) extendItems(self.items, pos[0]);
  return None;
});

defMethod(ListType, "__add__", (self: PyList, args, kwnames) => {
  slotArity("__add__", args, kwnames, 1);
  const other = args[0];
  if (!(other instanceof PyList)) {
    const t = typeOf(other);
    if (t.isHeapType && t.lookup("__radd__") !== undefined) return NotImplemented;
    throw typeError(`can only concatenate list (not "${t.name}") to list`);
  }
  return new PyList(self.items.concat(other.items));
});

defMethod(ListType, "__contains__", (self: PyList, args, kwnames) => {
  slotArity("__contains__", args, kwnames, 1);
  return listContains(self, args[0]);
});

/** `x in list`, re-reading the list on each step as CPython does (comparisons may mutate it). */
function listContains(self: PyList, x: PyObject): boolean {
  for (let i = 0; i < self.items.length; i++) {
    const y = self.items[i];
    if (y === x || eq(y, x)) return true;
  }
  return false;
}

defMethod(ListType, "__delitem__", (self: PyList, args, kwnames) => {
  slotArity("__delitem__", args, kwnames, 1);
  const k = args[0];
  if (k instanceof PySlice) {
    assignSlice(self, k, undefined);
    return None;
  }
  if (!isIndexable(k)) throw typeError(`list indices must be integers or slices, not ${typeOf(k).name}`);
  const items = self.items;
  let i = indexAsNumber(k);
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError("list assignment index out of range");
  items.splice(i, 1);
  return None;
});

for (const [name, op] of [
  ["__lt__", 0],
  ["__le__", 1],
  ["__eq__", 2],
  ["__ne__", 3],
  ["__gt__", 4],
  ["__ge__", 5],
] as const) {
  defMethod(ListType, name, (self: PyList, args, kwnames) => {
    slotArity(name, args, kwnames, 1);
    const other = args[0];
    if (!(other instanceof PyList)) return NotImplemented;
    return seqRichCompare(self.items, other.items, op);
  });
}

defMethod(ListType, "__getitem__", (self: PyList, args, kwnames) => {
  methodArity("list.__getitem__", args, kwnames, 1, 1);
  return listGetItem(self, args[0]);
});

/** `list[k]`. */
export function listGetItem(self: PyList, k: PyObject): PyObject {
  const items = self.items;
  if (typeof k === "number") {
    const i = k < 0 ? k + items.length : k;
    if (i < 0 || i >= items.length) throw indexError("list index out of range");
    return items[i];
  }
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, items.length);
    if (step === 1) return new PyList(items.slice(start, start + n));
    const out: PyObject[] = new Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
    return new PyList(out);
  }
  if (!isIndexable(k)) throw typeError(`list indices must be integers or slices, not ${typeOf(k).name}`);
  let i = indexAsNumber(k);
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError("list index out of range");
  return items[i];
}

defClassMethod(ListType, "__class_getitem__", (cls: PyType, args, kwnames) => {
  methodArity("list.__class_getitem__", args, kwnames, 1, 1);
  return genericAlias(cls, args[0]);
});

defAttr(ListType, "__hash__", None);

defMethod(ListType, "__iadd__", (self: PyList, args, kwnames) => {
  slotArity("__iadd__", args, kwnames, 1);
  extendItems(self.items, args[0]);
  return self;
});

defMethod(ListType, "__imul__", (self: PyList, args, kwnames) => {
  slotArity("__imul__", args, kwnames, 1);
  const n = args[0];
  if (!isIndexable(n)) return nonIntRepeat(n, false);
  const items = self.items;
  const c = repeatCount(n, items.length);
  if (c === 0) items.length = 0;
  else if (c > 1) {
    const len = items.length;
    for (let r = 1; r < c; r++) for (let i = 0; i < len; i++) items.push(items[i]);
  }
  return self;
});

defMethod(
  ListType,
  "__iter__",
  zeroArg("__iter__", (self: PyList) => new PyListIterator(self)),
);

defMethod(
  ListType,
  "__len__",
  zeroArg("__len__", (self: PyList) => self.items.length),
);

defMethod(ListType, "__mul__", (self: PyList, args, kwnames) => {
  slotArity("__mul__", args, kwnames, 1);
  return listRepeat(self, args[0], false);
});

defMethod(ListType, "__rmul__", (self: PyList, args, kwnames) => {
  slotArity("__rmul__", args, kwnames, 1);
  return listRepeat(self, args[0], true);
});

function listRepeat(self: PyList, n: PyObject, reflected: boolean): PyObject {
  if (!isIndexable(n)) return nonIntRepeat(n, reflected);
  const items = self.items;
  const c = repeatCount(n, items.length);
  const out: PyObject[] = new Array(c * items.length);
  for (let r = 0, k = 0; r < c; r++) for (let i = 0; i < items.length; i++) out[k++] = items[i];
  return new PyList(out);
}

defMethod(
  ListType,
  "__repr__",
  zeroArg("__repr__", (self: PyList) => {
    if (self.items.length === 0) return "[]";
    if (!reprEnter(self)) return "[...]";
    try {
      return `[${reprItems(self.items)}]`;
    } finally {
      reprLeave(self);
    }
  }),
);

defMethod(
  ListType,
  "__reversed__",
  noArgMethod("list.__reversed__", (self: PyList) => new PyListRevIterator(self)),
);

defMethod(ListType, "__setitem__", (self: PyList, args, kwnames) => {
  slotArity("__setitem__", args, kwnames, 2);
  const k = args[0];
  const v = args[1];
  const items = self.items;
  if (typeof k === "number") {
    const i = k < 0 ? k + items.length : k;
    if (i < 0 || i >= items.length) throw indexError("list assignment index out of range");
    items[i] = v;
    return None;
  }
  if (k instanceof PySlice) {
    assignSlice(self, k, v);
    return None;
  }
  if (!isIndexable(k)) throw typeError(`list indices must be integers or slices, not ${typeOf(k).name}`);
  let i = indexAsNumber(k);
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError("list assignment index out of range");
  items[i] = v;
  return None;
});

defMethod(
  ListType,
  "__sizeof__",
  noArgMethod("list.__sizeof__", (self: PyList) => 40 + 8 * self.items.length),
);

defMethod(ListType, "append", (self: PyList, args, kwnames) => {
  methodArity("list.append", args, kwnames, 1, 1);
  self.items.push(args[0]);
  return None;
});

defMethod(ListType, "clear", (self: PyList, args, kwnames) => {
  methodArity("list.clear", args, kwnames, 0, 0);
  self.items.length = 0;
  return None;
});

defMethod(ListType, "copy", (self: PyList, args, kwnames) => {
  methodArity("list.copy", args, kwnames, 0, 0);
  return new PyList(self.items.slice());
});

defMethod(ListType, "count", (self: PyList, args, kwnames) => {
  methodArity("list.count", args, kwnames, 1, 1);
  return itemsCount(self.items, args[0]);
});

defMethod(ListType, "extend", (self: PyList, args, kwnames) => {
  methodArity("list.extend", args, kwnames, 1, 1);
  extendItems(self.items, args[0]);
  return None;
});

defMethod(ListType, "index", (self: PyList, args, kwnames) => {
  methodArity("list.index", args, kwnames, 1, 3);
  const [start, stop] = indexBounds(args, self.items.length);
  const x = args[0];
  for (let i = start; i < stop && i < self.items.length; i++) {
    const y = self.items[i];
    if (y === x || eq(y, x)) return i;
  }
  throw valueError(`${repr(x)} is not in list`);
});

defMethod(ListType, "insert", (self: PyList, args, kwnames) => {
  methodArity("list.insert", args, kwnames, 2, 2);
  const items = self.items;
  let i = ssizeArg(args[0]);
  const n = items.length;
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  if (i === n) items.push(args[1]);
  else items.splice(i, 0, args[1]);
  return None;
});

defMethod(ListType, "pop", (self: PyList, args, kwnames) => {
  methodArity("list.pop", args, kwnames, 0, 1);
  const items = self.items;
  let i = args.length === 0 ? -1 : ssizeArg(args[0]);
  if (items.length === 0) throw indexError("pop from empty list");
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError("pop index out of range");
  if (i === items.length - 1) return items.pop();
  return items.splice(i, 1)[0];
});

defMethod(ListType, "remove", (self: PyList, args, kwnames) => {
  methodArity("list.remove", args, kwnames, 1, 1);
  const x = args[0];
  for (let i = 0; i < self.items.length; i++) {
    const y = self.items[i];
    if (y === x || eq(y, x)) {
      self.items.splice(i, 1);
      return None;
    }
  }
  throw valueError("list.remove(x): x not in list");
});

defMethod(ListType, "reverse", (self: PyList, args, kwnames) => {
  methodArity("list.reverse", args, kwnames, 0, 0);
  self.items.reverse();
  return None;
});

defMethod(ListType, "sort", (self: PyList, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length > nkw) throw typeError("sort() takes no positional arguments");
  const [key, reverse] = parseArgs("sort", args, kwnames, ["key", "reverse"], 0, 0, 0);
  listSort(self, key === undefined ? None : key, reverse === undefined ? false : reverse);
  return None;
});

// ---------------------------------------------------------------------------------------------------
// list_iterator, list_reverseiterator

export const ListIteratorType = auxType("list_iterator");
export const ListRevIteratorType = auxType("list_reverseiterator");

export class PyListIterator {
  declare type: PyType;
  index = 0;
  constructor(public seq: PyList | null) {}
  nextValue(): PyObject {
    const s = this.seq;
    if (s === null) return undefined;
    if (this.index < s.items.length) return s.items[this.index++];
    this.seq = null;
    return undefined;
  }
}
Object.defineProperty(PyListIterator.prototype, "type", { value: ListIteratorType, writable: true });

export class PyListRevIterator {
  declare type: PyType;
  index: number;
  constructor(public seq: PyList | null) {
    this.index = seq === null ? -1 : seq.items.length - 1;
  }
  nextValue(): PyObject {
    const s = this.seq;
    if (s === null) return undefined;
    const i = this.index;
    if (i >= 0 && i < s.items.length) {
      this.index--;
      return s.items[i];
    }
    this.index = -1;
    this.seq = null;
    return undefined;
  }
}
Object.defineProperty(PyListRevIterator.prototype, "type", { value: ListRevIteratorType, writable: true });

defNativeIterator(ListIteratorType);
defMethod(
  ListIteratorType,
  "__length_hint__",
  noArgMethod("list_iterator.__length_hint__", (self: PyListIterator) => {
    if (self.seq === null) return 0;
    const n = self.seq.items.length - self.index;
    return Math.max(n, 0);
  }),
);
defMethod(
  ListIteratorType,
  "__reduce__",
  noArgMethod("list_iterator.__reduce__", (self: PyListIterator) => iterReduce(self.seq, self.index)),
);
defMethod(ListIteratorType, "__setstate__", (self: PyListIterator, args, kwnames) => {
  methodArity("list_iterator.__setstate__", args, kwnames, 1, 1);
  if (self.seq !== null) self.index = setstateIndex(args[0], self.seq.items.length);
  return None;
});

defNativeIterator(ListRevIteratorType);
defMethod(
  ListRevIteratorType,
  "__length_hint__",
  noArgMethod("list_reverseiterator.__length_hint__", (self: PyListRevIterator) => {
    if (self.seq === null) return 0;
    const n = self.index + 1;
    return n > self.seq.items.length ? 0 : n;
  }),
);
defMethod(
  ListRevIteratorType,
  "__reduce__",
  noArgMethod("list_reverseiterator.__reduce__", (self: PyListRevIterator) => {
    const rev = interp.builtins.getStr("reversed") ?? None;
    if (self.seq === null) return new PyTuple([builtinIter(), new PyTuple([new PyTuple([])])]);
    return new PyTuple([rev, new PyTuple([self.seq]), self.index]);
  }),
);
defMethod(ListRevIteratorType, "__setstate__", (self: PyListRevIterator, args, kwnames) => {
  methodArity("list_reverseiterator.__setstate__", args, kwnames, 1, 1);
  if (self.seq !== null) {
    let i = ssizeArg(args[0]);
    if (i < -1) i = -1;
    else if (i > self.seq.items.length - 1) i = self.seq.items.length - 1;
    self.index = i;
  }
  return None;
});
