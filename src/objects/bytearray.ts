// Python `bytearray` (CPython's Objects/bytearrayobject.c) and a basic `memoryview`
// (Objects/memoryobject.c: one-dimensional views of bytes-like objects with format 'B' or 'c').
//
// A bytearray is a growable Uint8Array: `buf` holds `length` bytes and spare capacity. `data` is a view
// of the current contents (valid until the next resize), so code written for PyBytes (`x.data`) works
// for bytearrays too. Unlike CPython, resizing a bytearray while a memoryview of it exists is allowed
// (we cannot know when views die without reference counting); views always see the current contents.

import { callDescriptor, index, PY_EQ, PY_GE, PY_GT, PY_LE, PY_LT, PY_NE, typeName } from "../vm/abstract.js";
import { checkArity, parseArgs } from "./args.js";
import {
  auxType,
  ByteArrayType,
  BytesType,
  defGetSet,
  defMethod,
  defStatic,
  MemoryViewType,
  None,
  NotImplemented,
  typeOf,
} from "./builtin_types.js";
import { bytesRepr, PyBytes } from "./bytes.js";
import { bufferArg, bytesCompare, bytesFromIterable, defineBytesMethods } from "./bytes_type.js";
import { type BufferExporter, encodeStr, getBuffer } from "./codecs.js";
import {
  IndexError,
  newException,
  OverflowError,
  PyBaseException,
  stopIteration,
  TypeError,
  typeError,
  valueError,
} from "./exceptions.js";
import { bytesHash } from "./hash.js";
import { PyList } from "./list.js";
import type { PyObject } from "./object.js";
import { PySlice, sliceIndices } from "./slice.js";
import { asStr, isStr } from "./str.js";
import { argTypeName, newTypeArg } from "./str_type.js";
import { PyTuple } from "./tuple.js";
import type { PyType } from "./type.js";

export class PyByteArray implements BufferExporter {
  type: PyType;
  dict: PyObject = null;
  buf: Uint8Array;
  length: number;
  constructor(data: Uint8Array = new Uint8Array(0), type: PyType = ByteArrayType) {
    this.type = type;
    this.buf = data;
    this.length = data.length;
  }

  /** The current contents (a view: valid until the next resize). */
  get data(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }

  bufferBytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }

  /** Makes room for `n` bytes in total (keeps the contents). */
  reserve(n: number): void {
    if (n <= this.buf.length) return;
    let cap = Math.max(16, this.buf.length + (this.buf.length >> 3) + 6);
    if (cap < n) cap = n;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.length));
    this.buf = b;
  }

  /** Replaces the contents. */
  setData(d: Uint8Array): void {
    this.buf = d;
    this.length = d.length;
  }

  /** Replaces bytes [a, b) with `d` (a slice assignment with step 1). */
  splice(a: number, b: number, d: Uint8Array): void {
    const n = this.length;
    const newLen = n - (b - a) + d.length;
    if (d.length !== b - a) {
      const tail = this.buf.slice(b, n);
      this.reserve(newLen);
      this.buf.set(tail, a + d.length);
    }
    this.buf.set(d, a);
    this.length = newLen;
  }
}

ByteArrayType.allocate = (t: PyType) => new PyByteArray(new Uint8Array(0), t);

function self_(o: PyObject): PyByteArray {
  if (!(o instanceof PyByteArray)) {
    throw typeError(`descriptor requires a 'bytearray' object but received a '${typeName(o)}'`);
  }
  return o;
}

function byteValue(o: PyObject): number {
  const v = index(o);
  if (typeof v !== "number" || v < 0 || v > 255) throw valueError("byte must be in range(0, 256)");
  return v;
}

function textOf(o: PyObject): string {
  const s = asStr(o)!;
  return typeof s === "string" ? s : String.fromCodePoint(...s.codePoints);
}

function bytearrayFromObject(x: PyObject): Uint8Array {
  if (isStr(x)) throw typeError("string argument without an encoding");
  const t = typeOf(x);
  const tx = typeof x;
  if (tx === "number" || tx === "bigint" || tx === "boolean" || t.lookup("__index__") !== undefined) {
    let size: number | bigint | undefined;
    try {
      size = index(x);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.type.isSubtype(TypeError))) throw e;
    }
    if (size !== undefined) {
      if (typeof size !== "number") throw newException(OverflowError, "cannot fit 'int' into an index-sized integer");
      if (size < 0) throw valueError("negative count");
      return new Uint8Array(size);
    }
  }
  const b = getBuffer(x);
  if (b !== undefined) return b.slice();
  if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
    throw typeError(`cannot convert '${t.name}' object to bytearray`);
  }
  return bytesFromIterable(x, "byte must be in range(0, 256)");
}

defineBytesMethods({ type: ByteArrayType, name: "bytearray", make: (d) => new PyByteArray(d) });

function defCompare(name: string, op: number): void {
  defMethod(ByteArrayType, name, (self, args, kwnames) => {
    if (args.length !== 1 || (kwnames !== null && kwnames.length > 0)) {
      throw typeError(`expected 1 argument, got ${args.length}`);
    }
    const other = getBuffer(args[0]);
    if (other === undefined) return NotImplemented;
    const c = bytesCompare(self_(self).data, other);
    switch (op) {
      case PY_LT:
        return c < 0;
      case PY_LE:
        return c <= 0;
      case PY_EQ:
        return c === 0;
      case PY_NE:
        return c !== 0;
      case PY_GT:
        return c > 0;
      default:
        return c >= 0;
    }
  });
}
ByteArrayType.dict.set("__hash__", None);

function itemIndex(k: PyObject, len: number): number {
  const tk = typeof k;
  if (tk !== "number" && tk !== "bigint" && tk !== "boolean" && typeOf(k).lookup("__index__") === undefined) {
    throw typeError(`bytearray indices must be integers or slices, not ${typeName(k)}`);
  }
  const v = index(k);
  if (typeof v !== "number") throw newException(IndexError, "cannot fit 'int' into an index-sized integer");
  const i = v < 0 ? v + len : v;
  if (i < 0 || i >= len) throw newException(IndexError, "bytearray index out of range");
  return i;
}

/** The bytes assigned to a bytearray slice: bytes-like or an iterable of ints. */
function assignedBytes(v: PyObject): Uint8Array {
  const b = getBuffer(v);
  if (b !== undefined) return b.slice();
  const t = typeOf(v);
  const tv = typeof v;
  if (isStr(v) || tv === "number" || tv === "bigint" || tv === "boolean" || t.lookup("__iter__") === undefined) {
    throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  }
  return bytesFromIterable(v, "byte must be in range(0, 256)");
}

function latin1(d: Uint8Array): string {
  let s = "";
  for (const b of d) s += String.fromCharCode(b);
  return s;
}

/**
 * repr(bytearray) (CPython's bytearray_repr): unlike bytes, a single quote is escaped even inside
 * double quotes, which are used when the data has a single quote and no double quote.
 */
export function byteArrayRepr(ba: PyByteArray): string {
  const d = ba.data;
  let quote = 39;
  for (const c of d) {
    if (c === 34) {
      quote = 39;
      break;
    }
    if (c === 39) quote = 34;
  }
  const body = bytesRepr(d);
  const q = String.fromCharCode(quote);
  let inner = body.slice(2, -1);
  if (quote === 34) inner = inner.replace(/'/g, "\\'");
  return `${typeOf(ba).name}(b${q}${inner}${q})`;
}

// ---------------------------------------------------------------------------------------------------
// memoryview

/** A one-dimensional view of a bytes-like object's bytes [start, start + step·length). */
export class PyMemoryView implements BufferExporter {
  declare type: PyType;
  released = false;
  constructor(
    /** The exporting object (`memoryview.obj`). */
    public obj: PyObject,
    public start: number,
    public len: number,
    public step: number,
    public readonly: boolean,
    /** 'B' (ints) or 'c' (1-byte bytes) */
    public format: string,
  ) {}

  private source(): Uint8Array {
    if (this.released) throw valueError("operation forbidden on released memoryview object");
    return getBuffer(this.obj)!;
  }

  /** The viewed bytes (a copy when the view is not contiguous). */
  bufferBytes(): Uint8Array {
    const src = this.source();
    if (this.step === 1) return src.subarray(this.start, this.start + this.len);
    const out = new Uint8Array(this.len);
    for (let i = 0, j = this.start; i < this.len; i++, j += this.step) out[i] = src[j]!;
    return out;
  }

  byteAt(i: number): number {
    return this.source()[this.start + i * this.step]!;
  }

  setByte(i: number, v: number): void {
    this.source()[this.start + i * this.step] = v;
  }

  checkReleased(): void {
    if (this.released) throw valueError("operation forbidden on released memoryview object");
  }
}
Object.defineProperty(PyMemoryView.prototype, "type", { value: MemoryViewType, writable: true });

function mv(o: PyObject): PyMemoryView {
  if (!(o instanceof PyMemoryView)) {
    throw typeError(`descriptor requires a 'memoryview' object but received a '${typeName(o)}'`);
  }
  return o;
}

function live(o: PyObject): PyMemoryView {
  const m = mv(o);
  m.checkReleased();
  return m;
}

/** memoryview(obj). */
export function newMemoryView(obj: PyObject): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    obj.checkReleased();
    return new PyMemoryView(obj.obj, obj.start, obj.len, obj.step, obj.readonly, obj.format);
  }
  const b = getBuffer(obj);
  if (b === undefined) throw typeError(`memoryview: a bytes-like object is required, not '${typeName(obj)}'`);
  const readonly = !(obj instanceof PyByteArray);
  return new PyMemoryView(obj, 0, b.length, 1, readonly, "B");
}

function itemOf(m: PyMemoryView, i: number): PyObject {
  const b = m.byteAt(i);
  return m.format === "c" ? new PyBytes(Uint8Array.of(b)) : b;
}

const MemoryIteratorType = auxType("memory_iterator");

/** Iterator over the items of a memoryview (CPython's memory_iterator). */
export class PyMemoryIterator {
  type: PyType = MemoryIteratorType;
  pos = 0;
  constructor(public view: PyMemoryView) {}
  nextValue(): PyObject {
    const m = this.view;
    if (this.pos >= m.len) return undefined;
    return itemOf(m, this.pos++);
  }
}

for (const [name, op] of [
  ["__eq__", PY_EQ],
  ["__ne__", PY_NE],
] as const) {
  defMethod(MemoryViewType, name, (self, args, kwnames) => {
    checkArity(name, args, kwnames, 1, 1);
    const m = mv(self);
    const other = args[0];
    if (m.released || (other instanceof PyMemoryView && other.released)) {
      const same = self === other;
      return op === PY_EQ ? same : !same;
    }
    const b = getBuffer(other);
    if (b === undefined) return NotImplemented;
    const eq = bytesCompare(m.bufferBytes(), b) === 0;
    return op === PY_EQ ? eq : !eq;
  });
}

defGetSet(MemoryViewType, "obj", (self) => live(self).obj);
defGetSet(MemoryViewType, "nbytes", (self) => live(self).len);
defGetSet(MemoryViewType, "readonly", (self) => live(self).readonly);
defGetSet(MemoryViewType, "itemsize", () => 1);
defGetSet(MemoryViewType, "format", (self) => live(self).format);
defGetSet(MemoryViewType, "ndim", () => 1);
defGetSet(MemoryViewType, "shape", (self) => new PyTuple([live(self).len]));
defGetSet(MemoryViewType, "strides", (self) => new PyTuple([live(self).step]));
defGetSet(MemoryViewType, "suboffsets", () => new PyTuple([]));
defGetSet(MemoryViewType, "c_contiguous", (self) => live(self).step === 1 || live(self).len <= 1);
defGetSet(MemoryViewType, "f_contiguous", (self) => live(self).step === 1 || live(self).len <= 1);
defGetSet(MemoryViewType, "contiguous", (self) => live(self).step === 1 || live(self).len <= 1);
defGetSet(MemoryViewType, "released", (self) => mv(self).released);

defMethod(MemoryIteratorType, "__iter__", (self) => self);
defMethod(MemoryIteratorType, "__next__", (self: PyMemoryIterator) => {
  const v = self.nextValue();
  if (v === undefined) throw stopIteration();
  return v;
});

// The buffer protocol from Python (PEP 688): __buffer__ gives a memoryview, __release_buffer__ ends it.
for (const T of [BytesType, ByteArrayType, MemoryViewType]) {
  defMethod(T, "__buffer__", (self, args, kwnames) => {
    checkArity("__buffer__", args, kwnames, 1, 1);
    index(args[0]);
    return newMemoryView(self);
  });
}
for (const T of [ByteArrayType, MemoryViewType]) {
  defMethod(T, "__release_buffer__", (_self, args, kwnames) => {
    checkArity("__release_buffer__", args, kwnames, 1, 1);
    if (args[0] instanceof PyMemoryView) args[0].released = true;
    return None;
  });
}

// ---------------------------------------------------------------------------------------------------
// bytearray: Construction

defStatic(ByteArrayType, "__new__", (args) => new PyByteArray(new Uint8Array(0), newTypeArg(ByteArrayType, args)));

defMethod(ByteArrayType, "__init__", (self, args, kwnames) => {
  const ba = self_(self);
  const [x, encoding, errors] = parseArgs("bytearray", args, kwnames, ["source", "encoding", "errors"], 0);
  if (encoding !== undefined && !isStr(encoding)) {
    throw typeError(`bytearray() argument 'encoding' must be str, not ${argTypeName(encoding)}`);
  }
  if (errors !== undefined && !isStr(errors)) {
    throw typeError(`bytearray() argument 'errors' must be str, not ${argTypeName(errors)}`);
  }
  let data: Uint8Array;
  if (x === undefined) {
    if (encoding !== undefined || errors !== undefined) {
      throw typeError(
        encoding !== undefined ? "encoding without a string argument" : "errors without a string argument",
      );
    }
    data = new Uint8Array(0);
  } else if (encoding !== undefined) {
    const s = asStr(x);
    if (s === undefined) throw typeError("encoding without a string argument");
    data = encodeStr(s, textOf(encoding), errors === undefined ? "strict" : textOf(errors));
  } else if (errors !== undefined) {
    throw typeError(isStr(x) ? "string argument without an encoding" : "errors without a string argument");
  } else data = bytearrayFromObject(x);
  ba.setData(data);
  return None;
});

// ---------------------------------------------------------------------------------------------------
// bytearray: Special methods

defMethod(ByteArrayType, "__alloc__", (self, args, kwnames) => {
  checkArity("bytearray.__alloc__", args, kwnames, 0, 0);
  const ba = self_(self);
  return ba.length === 0 ? 0 : Math.max(ba.buf.length, ba.length + 1);
});

defMethod(ByteArrayType, "__delitem__", (self, args, kwnames) => {
  checkArity("__delitem__", args, kwnames, 1, 1);
  const ba = self_(self);
  const k = args[0];
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, ba.length);
    if (n === 0) return None;
    if (step === 1) ba.splice(start, start + n, new Uint8Array(0));
    else {
      const drop = new Set<number>();
      for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
      const d = ba.data;
      const out = new Uint8Array(ba.length - n);
      let o = 0;
      for (let i = 0; i < d.length; i++) if (!drop.has(i)) out[o++] = d[i]!;
      ba.setData(out);
    }
    return None;
  }
  const i = itemIndex(k, ba.length);
  ba.splice(i, i + 1, new Uint8Array(0));
  return None;
});
defCompare("__eq__", PY_EQ);
defCompare("__ge__", PY_GE);
defCompare("__gt__", PY_GT);

defMethod(ByteArrayType, "__iadd__", (self, args, kwnames) => {
  checkArity("__iadd__", args, kwnames, 1, 1);
  const ba = self_(self);
  const b = getBuffer(args[0]);
  if (b === undefined) throw typeError(`can't concat ${typeName(args[0])} to bytearray`);
  const copy = b.slice();
  ba.splice(ba.length, ba.length, copy);
  return ba;
});

defMethod(ByteArrayType, "__imul__", (self, args, kwnames) => {
  checkArity("__imul__", args, kwnames, 1, 1);
  const ba = self_(self);
  const n = args[0];
  const tn = typeof n;
  if (tn !== "number" && tn !== "bigint" && tn !== "boolean" && typeOf(n).lookup("__index__") === undefined) {
    throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  }
  const v = index(n);
  if (typeof v !== "number") throw newException(OverflowError, "cannot fit 'int' into an index-sized integer");
  const d = ba.data.slice();
  if (v <= 0 || d.length === 0) ba.setData(new Uint8Array(0));
  else {
    const out = new Uint8Array(d.length * v);
    for (let i = 0; i < v; i++) out.set(d, i * d.length);
    ba.setData(out);
  }
  return ba;
});
defCompare("__le__", PY_LE);
defCompare("__lt__", PY_LT);
defCompare("__ne__", PY_NE);
defMethod(ByteArrayType, "__reduce__", (self) => {
  const ba = self_(self);
  return new PyTuple([typeOf(ba), new PyTuple([latin1(ba.data), "latin-1"]), ba.dict === null ? None : ba.dict]);
});

defMethod(ByteArrayType, "__reduce_ex__", (self) => {
  const ba = self_(self);
  return new PyTuple([typeOf(ba), new PyTuple([latin1(ba.data), "latin-1"]), ba.dict === null ? None : ba.dict]);
});
defMethod(ByteArrayType, "__repr__", (self) => byteArrayRepr(self_(self)));

defMethod(ByteArrayType, "__setitem__", (self, args, kwnames) => {
  checkArity("__setitem__", args, kwnames, 2, 2);
  const ba = self_(self);
  const [k, v] = args;
  if (k instanceof PySlice) {
    const d = assignedBytes(v);
    const [start, stop, step, n] = sliceIndices(k, ba.length);
    if (step === 1) {
      ba.splice(start, Math.max(start, stop), d);
      return None;
    }
    if (d.length !== n) {
      throw valueError(`attempt to assign bytes of size ${d.length} to extended slice of size ${n}`);
    }
    for (let i = 0, j = start; i < n; i++, j += step) ba.buf[j] = d[i]!;
    return None;
  }
  const tk = typeof k;
  if (tk !== "number" && tk !== "bigint" && tk !== "boolean" && typeOf(k).lookup("__index__") === undefined) {
    throw typeError(`bytearray indices must be integers or slices, not ${typeName(k)}`);
  }
  const b = byteValue(v);
  ba.buf[itemIndex(k, ba.length)] = b;
  return None;
});

defMethod(ByteArrayType, "__sizeof__", (self, args, kwnames) => {
  checkArity("bytearray.__sizeof__", args, kwnames, 0, 0);
  const ba = self_(self);
  return 56 + (ba.length === 0 ? 0 : Math.max(ba.buf.length, ba.length + 1));
});
defMethod(ByteArrayType, "__str__", (self) => byteArrayRepr(self_(self)));

// ---------------------------------------------------------------------------------------------------
// bytearray: Public methods

defMethod(ByteArrayType, "append", (self, args, kwnames) => {
  checkArity("bytearray.append", args, kwnames, 1, 1);
  const ba = self_(self);
  const v = byteValue(args[0]);
  ba.reserve(ba.length + 1);
  ba.buf[ba.length++] = v;
  return None;
});

defMethod(ByteArrayType, "clear", (self, args, kwnames) => {
  checkArity("bytearray.clear", args, kwnames, 0, 0);
  self_(self).setData(new Uint8Array(0));
  return None;
});

defMethod(ByteArrayType, "copy", (self, args, kwnames) => {
  checkArity("bytearray.copy", args, kwnames, 0, 0);
  return new PyByteArray(self_(self).data.slice());
});

defMethod(ByteArrayType, "extend", (self, args, kwnames) => {
  checkArity("bytearray.extend", args, kwnames, 1, 1);
  const ba = self_(self);
  const x = args[0];
  let d = getBuffer(x);
  if (d !== undefined) d = d.slice();
  else {
    if (isStr(x)) throw typeError("expected iterable of integers; got: 'str'");
    const t = typeOf(x);
    if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
      throw typeError(`can't extend bytearray with ${typeName(x)}`);
    }
    d = bytesFromIterable(x, "byte must be in range(0, 256)");
  }
  ba.splice(ba.length, ba.length, d);
  return None;
});

defMethod(ByteArrayType, "insert", (self, args, kwnames) => {
  checkArity("insert", args, kwnames, 2, 2);
  const ba = self_(self);
  const iv = index(args[0]);
  const v = byteValue(args[1]);
  const n = ba.length;
  let i = typeof iv === "number" ? iv : iv > 0n ? n : -n - 1;
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  ba.splice(i, i, Uint8Array.of(v));
  return None;
});

defMethod(ByteArrayType, "pop", (self, args, kwnames) => {
  checkArity("pop", args, kwnames, 0, 1);
  const ba = self_(self);
  const n = ba.length;
  let i = -1;
  if (args.length > 0) {
    const v = index(args[0]);
    if (typeof v !== "number") throw newException(IndexError, "pop index out of range");
    i = v;
  }
  if (n === 0) throw newException(IndexError, "pop from empty bytearray");
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw newException(IndexError, "pop index out of range");
  const v = ba.buf[i]!;
  ba.splice(i, i + 1, new Uint8Array(0));
  return v;
});

defMethod(ByteArrayType, "remove", (self, args, kwnames) => {
  checkArity("bytearray.remove", args, kwnames, 1, 1);
  const ba = self_(self);
  const v = byteValue(args[0]);
  const i = ba.data.indexOf(v);
  if (i < 0) throw valueError("value not found in bytearray");
  ba.splice(i, i + 1, new Uint8Array(0));
  return None;
});

defMethod(ByteArrayType, "reverse", (self, args, kwnames) => {
  checkArity("bytearray.reverse", args, kwnames, 0, 0);
  self_(self).data.reverse();
  return None;
});

// ---------------------------------------------------------------------------------------------------
// memoryview: Construction

defStatic(MemoryViewType, "__new__", (args, kwnames) => {
  newTypeArg(MemoryViewType, args);
  const [obj] = parseArgs("memoryview", args.slice(1), kwnames, ["object"], 1);
  return newMemoryView(obj);
});

// ---------------------------------------------------------------------------------------------------
// memoryview: Special methods

defMethod(MemoryViewType, "__delitem__", (self) => {
  live(self);
  throw typeError("cannot delete memory");
});

defMethod(MemoryViewType, "__enter__", (self) => live(self));
defMethod(MemoryViewType, "__exit__", (self) => {
  mv(self).released = true;
  return None;
});

defMethod(MemoryViewType, "__getitem__", (self, args, kwnames) => {
  checkArity("__getitem__", args, kwnames, 1, 1);
  const m = live(self);
  const k = args[0];
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, m.len);
    return new PyMemoryView(m.obj, m.start + start * m.step, n, m.step * step, m.readonly, m.format);
  }
  const tk = typeof k;
  if (tk !== "number" && tk !== "bigint" && tk !== "boolean" && typeOf(k).lookup("__index__") === undefined) {
    throw typeError("memoryview: invalid slice key");
  }
  const v = index(k);
  const i = typeof v !== "number" ? -1 : v < 0 ? v + m.len : v;
  if (i < 0 || i >= m.len) throw newException(IndexError, "index out of bounds on dimension 1");
  return itemOf(m, i);
});

defMethod(MemoryViewType, "__hash__", (self) => {
  const m = live(self);
  if (!m.readonly) throw valueError("cannot hash writable memoryview object");
  return bytesHash(m.bufferBytes());
});

defMethod(MemoryViewType, "__iter__", (self) => {
  const m = live(self);
  return new PyMemoryIterator(m);
});

defMethod(MemoryViewType, "__len__", (self) => live(self).len);

defMethod(MemoryViewType, "__repr__", (self) => {
  const m = mv(self);
  return m.released ? "<released memory at 0x7f0000000000>" : "<memory at 0x7f0000000000>";
});

defMethod(MemoryViewType, "__setitem__", (self, args, kwnames) => {
  checkArity("__setitem__", args, kwnames, 2, 2);
  const m = live(self);
  if (m.readonly) throw typeError("cannot modify read-only memory");
  const [k, v] = args;
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, m.len);
    const d = bufferArg(v).slice();
    if (d.length !== n) throw valueError("memoryview assignment: lvalue and rvalue have different structures");
    for (let i = 0, j = start; i < n; i++, j += step) m.setByte(j, d[i]!);
    return None;
  }
  const tk = typeof k;
  if (tk !== "number" && tk !== "bigint" && tk !== "boolean" && typeOf(k).lookup("__index__") === undefined) {
    throw typeError("memoryview: invalid slice key");
  }
  const iv = index(k);
  const i = typeof iv !== "number" ? -1 : iv < 0 ? iv + m.len : iv;
  if (i < 0 || i >= m.len) throw newException(IndexError, "index out of bounds on dimension 1");
  let b: number;
  if (m.format === "c") {
    const d = getBuffer(v);
    if (!(v instanceof PyBytes) || d === undefined || d.length !== 1) {
      throw valueError(`memoryview: invalid value for format '${m.format}'`);
    }
    b = d[0]!;
  } else {
    const tv = typeof v;
    if (tv !== "number" && tv !== "bigint" && tv !== "boolean" && typeOf(v).lookup("__index__") === undefined) {
      throw typeError(`memoryview: invalid type for format '${m.format}'`);
    }
    const x = index(v);
    if (typeof x !== "number" || x < 0 || x > 255)
      throw valueError(`memoryview: invalid value for format '${m.format}'`);
    b = x;
  }
  m.setByte(i, b);
  return None;
});

// ---------------------------------------------------------------------------------------------------
// memoryview: Public methods

defMethod(MemoryViewType, "cast", (self, args, kwnames) => {
  const [fmt, shape] = parseArgs("cast", args, kwnames, ["format", "shape"], 1);
  const m = live(self);
  const f = asStr(fmt);
  if (f === undefined) throw typeError(`memoryview: format argument must be a string`);
  if (shape !== undefined) throw typeError("memoryview: cast with a shape is not supported");
  if (f !== "B" && f !== "c" && f !== "b") {
    throw valueError(
      "memoryview: destination format must be a native single character format prefixed with an optional '@'",
    );
  }
  if (m.step !== 1) throw typeError("memoryview: casts are restricted to C-contiguous views");
  return new PyMemoryView(m.obj, m.start, m.len, 1, m.readonly, f === "c" ? "c" : "B");
});

defMethod(MemoryViewType, "hex", (self, args, kwnames) => {
  const m = live(self);
  const hexMethod = BytesType.dict.get("hex")!;
  return callDescriptor(hexMethod, new PyBytes(m.bufferBytes().slice()), args, kwnames);
});
defMethod(MemoryViewType, "release", (self, args, kwnames) => {
  checkArity("memoryview.release", args, kwnames, 0, 0);
  mv(self).released = true;
  return None;
});

defMethod(MemoryViewType, "tobytes", (self, args, kwnames) => {
  parseArgs("tobytes", args, kwnames, ["order"], 0);
  return new PyBytes(live(self).bufferBytes().slice());
});

defMethod(MemoryViewType, "tolist", (self, args, kwnames) => {
  checkArity("memoryview.tolist", args, kwnames, 0, 0);
  const m = live(self);
  const out: PyObject[] = [];
  for (let i = 0; i < m.len; i++) out.push(itemOf(m, i));
  return new PyList(out);
});

defMethod(MemoryViewType, "toreadonly", (self, args, kwnames) => {
  checkArity("memoryview.toreadonly", args, kwnames, 0, 0);
  const m = live(self);
  return new PyMemoryView(m.obj, m.start, m.len, m.step, true, m.format);
});
