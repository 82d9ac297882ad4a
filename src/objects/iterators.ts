// The iterator types of the builtins (CPython's Objects/enumobject.c, Python/bltinmodule.c,
// Objects/iterobject.c): enumerate, zip (strict=), map, filter, reversed, the old-style sequence
// iterator (`iterator`, for classes with only __getitem__) and `callable_iterator` (iter(f, sentinel)).
//
// Each is a native iterator (`nextValue()`). enumerate, zip, map, filter and reversed can be
// subclassed; a subclass that overrides __next__ is honoured by `nextValue()` too.

import {
  auxType,
  BoolType,
  defClassMethod,
  defMethod,
  defStatic,
  DictType,
  newBuiltinType,
  None,
  NotImplemented,
  ObjectType,
  typeOf,
} from "./builtin_types.js";
import { IndexError, PyBaseException, StopIteration, typeError, valueError } from "./exceptions.js";
import { type Int, intAdd } from "./int.js";
import type { PyObject } from "./object.js";
import { PyTuple } from "./tuple.js";
import { builtinIter, defNativeIterator, methodArity, noArgMethod, setstateIndex, zeroArg } from "./tuple_type.js";
import { PyBuiltinFunction, PyMethodDescr, PyType, TPFLAGS_BASETYPE } from "./type.js";
import { checkArity } from "./args.js";
import { PyFunction, PyMethod } from "./function.js";
import {
  call,
  callDescriptor,
  eq,
  genericAlias,
  getItem,
  getIter,
  index,
  isTrue,
  iterNext,
  len,
  setSeqIter,
} from "../vm/abstract.js";

export const EnumerateType = newBuiltinType("enumerate", ObjectType, TPFLAGS_BASETYPE);
export const ZipType = newBuiltinType("zip", ObjectType, TPFLAGS_BASETYPE);
export const MapType = newBuiltinType("map", ObjectType, TPFLAGS_BASETYPE);
export const FilterType = newBuiltinType("filter", ObjectType, TPFLAGS_BASETYPE);
export const ReversedType = newBuiltinType("reversed", ObjectType, TPFLAGS_BASETYPE);
export const SeqIterType = auxType("iterator");
export const CallableIterType = auxType("callable_iterator");

/** The iterator builtins by name, for the builtins module. */
export const iteratorBuiltins: Record<string, PyType> = {
  enumerate: EnumerateType,
  zip: ZipType,
  map: MapType,
  filter: FilterType,
  reversed: ReversedType,
};

const ITERATOR_TYPES = new Set<PyType>([EnumerateType, ZipType, MapType, FilterType, ReversedType]);

/** Base of the subclassable iterators: `nextValue()` defers to a Python-level __next__ override. */
abstract class SubclassableIterator {
  dict: PyObject = null;
  constructor(public type: PyType) {}
  abstract advance(): PyObject;
  nextValue(): PyObject {
    const t = this.type;
    if (!t.isHeapType) return this.advance();
    const f = t.lookup("__next__");
    if (f instanceof PyMethodDescr && ITERATOR_TYPES.has(f.objclass)) return this.advance();
    try {
      return callDescriptor(f, this, []);
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtype(StopIteration)) return undefined;
      throw e;
    }
  }
}

/** `__next__` (calls advance(), bypassing an override) and `__iter__` of a subclassable iterator type. */
function defIteratorProtocol(t: PyType): void {
  defMethod(
    t,
    "__iter__",
    zeroArg("__iter__", (self: PyObject) => self),
  );
  defMethod(t, "__next__", (self: SubclassableIterator) => {
    const v = self.advance();
    if (v === undefined) throw new PyBaseException(StopIteration, []);
    return v;
  });
}

function kwCount(kwnames: string[] | null): number {
  return kwnames === null ? 0 : kwnames.length;
}

function noKeywords(name: string, kwnames: string[] | null): void {
  if (kwCount(kwnames) > 0) throw typeError(`${name}() takes no keyword arguments`);
}

// ---------------------------------------------------------------------------------------------------
// enumerate

export class PyEnumerate extends SubclassableIterator {
  constructor(
    type: PyType,
    public it: PyObject,
    public index: Int,
  ) {
    super(type);
  }
  advance(): PyObject {
    const item = iterNext(this.it);
    if (item === undefined) return undefined;
    const i = this.index;
    this.index = typeof i === "number" && i < Number.MAX_SAFE_INTEGER ? i + 1 : intAdd(i, 1);
    return new PyTuple([i, item]);
  }
}

defStatic(EnumerateType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  const nkw = kwCount(kwnames);
  const nargs = args.length - 1 - nkw;
  const a = args.slice(1);
  const checkKeyword = (i: number, name: string) => {
    if (kwnames![i] !== name) throw typeError(`'${kwnames![i]}' is an invalid keyword argument for enumerate()`);
  };
  let iterable: PyObject;
  let start: PyObject;
  if (nargs + nkw === 2) {
    if (nkw === 1) checkKeyword(0, "start");
    else if (nkw === 2) {
      if (kwnames![0] === "start") {
        checkKeyword(1, "iterable");
        [start, iterable] = a;
        return new PyEnumerate(type, getIter(iterable), index(start));
      }
      checkKeyword(0, "iterable");
      checkKeyword(1, "start");
    }
    [iterable, start] = a;
    return new PyEnumerate(type, getIter(iterable), index(start));
  }
  if (nargs + nkw === 1) {
    if (nkw === 1) checkKeyword(0, "iterable");
    return new PyEnumerate(type, getIter(a[0]), 0);
  }
  if (nargs === 0) throw typeError("enumerate() missing required argument 'iterable'");
  throw typeError(`enumerate() takes at most 2 arguments (${nargs + nkw} given)`);
});

defIteratorProtocol(EnumerateType);
defClassMethod(EnumerateType, "__class_getitem__", (cls: PyType, args, kwnames) => {
  methodArity("enumerate.__class_getitem__", args, kwnames, 1, 1);
  return genericAlias(cls, args[0]);
});
defMethod(
  EnumerateType,
  "__reduce__",
  (self: PyEnumerate) => new PyTuple([self.type, new PyTuple([self.it, self.index])]),
);

// ---------------------------------------------------------------------------------------------------
// zip

export class PyZip extends SubclassableIterator {
  constructor(
    type: PyType,
    public iters: PyObject[],
    public strict: boolean,
  ) {
    super(type);
  }
  advance(): PyObject {
    const iters = this.iters;
    const n = iters.length;
    if (n === 0) return undefined;
    const out: PyObject[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const item = iterNext(iters[i]);
      if (item === undefined) {
        if (this.strict) this.checkStrict(i);
        return undefined;
      }
      out[i] = item;
    }
    return new PyTuple(out);
  }
  /** Argument i ran out first: the others must be exhausted too (zip strict=True). */
  private checkStrict(i: number): void {
    if (i > 0) {
      const plural = i === 1 ? " " : "s 1-";
      throw valueError(`zip() argument ${i + 1} is shorter than argument${plural}${i}`);
    }
    for (let j = 1; j < this.iters.length; j++) {
      if (iterNext(this.iters[j]) !== undefined) {
        const plural = j === 1 ? " " : "s 1-";
        throw valueError(`zip() argument ${j + 1} is longer than argument${plural}${j}`);
      }
    }
  }
}

defStatic(ZipType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  const nkw = kwCount(kwnames);
  const pos = args.slice(1, args.length - nkw);
  let strict = false;
  if (nkw > 1) throw typeError(`zip() takes at most 1 keyword argument (${nkw} given)`);
  if (nkw === 1) {
    if (kwnames![0] !== "strict") throw typeError(`zip() got an unexpected keyword argument '${kwnames![0]}'`);
    strict = isTrue(args[args.length - 1]);
  }
  const iters = pos.map((x) => getIter(x));
  return new PyZip(type, iters, strict);
});

defIteratorProtocol(ZipType);
defMethod(
  ZipType,
  "__reduce__",
  noArgMethod("zip.__reduce__", (self: PyZip) => {
    const its = new PyTuple(self.iters.slice());
    return new PyTuple(self.strict ? [self.type, its, true] : [self.type, its]);
  }),
);
defMethod(ZipType, "__setstate__", (self: PyZip, args, kwnames) => {
  methodArity("zip.__setstate__", args, kwnames, 1, 1);
  self.strict = isTrue(args[0]);
  return None;
});

// ---------------------------------------------------------------------------------------------------
// map

export class PyMap extends SubclassableIterator {
  constructor(
    type: PyType,
    public func: PyObject,
    public iters: PyObject[],
  ) {
    super(type);
  }
  advance(): PyObject {
    const iters = this.iters;
    if (iters.length === 1) {
      const x = iterNext(iters[0]);
      if (x === undefined) return undefined;
      return call(this.func, [x]);
    }
    const argv: PyObject[] = new Array(iters.length);
    for (let i = 0; i < iters.length; i++) {
      const x = iterNext(iters[i]);
      if (x === undefined) return undefined;
      argv[i] = x;
    }
    return call(this.func, argv);
  }
}

defStatic(MapType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  if (type === MapType) noKeywords("map", kwnames);
  const pos = args.slice(1, args.length - kwCount(kwnames));
  if (pos.length < 2) throw typeError("map() must have at least two arguments.");
  const iters = pos.slice(1).map((x) => getIter(x));
  return new PyMap(type, pos[0], iters);
});

defIteratorProtocol(MapType);
defMethod(
  MapType,
  "__reduce__",
  noArgMethod("map.__reduce__", (self: PyMap) => new PyTuple([self.type, new PyTuple([self.func, ...self.iters])])),
);

// ---------------------------------------------------------------------------------------------------
// filter

export class PyFilter extends SubclassableIterator {
  constructor(
    type: PyType,
    public func: PyObject,
    public it: PyObject,
  ) {
    super(type);
  }
  advance(): PyObject {
    const f = this.func;
    const truth = f === None || f === BoolType;
    for (;;) {
      const item = iterNext(this.it);
      if (item === undefined) return undefined;
      if (truth ? isTrue(item) : isTrue(call(f, [item]))) return item;
    }
  }
}

defStatic(FilterType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  if (type === FilterType) noKeywords("filter", kwnames);
  const pos = args.slice(1, args.length - kwCount(kwnames));
  checkArity("filter", pos, null, 2, 2);
  return new PyFilter(type, pos[0], getIter(pos[1]));
});

defIteratorProtocol(FilterType);
defMethod(
  FilterType,
  "__reduce__",
  noArgMethod("filter.__reduce__", (self: PyFilter) => new PyTuple([self.type, new PyTuple([self.func, self.it])])),
);

// ---------------------------------------------------------------------------------------------------
// reversed

export class PyReversed extends SubclassableIterator {
  constructor(
    type: PyType,
    public seq: PyObject,
    public index: number,
  ) {
    super(type);
  }
  advance(): PyObject {
    if (this.seq === null) return undefined;
    if (this.index >= 0) {
      try {
        const item = getItem(this.seq, this.index);
        this.index--;
        return item;
      } catch (e) {
        if (!(e instanceof PyBaseException && (e.type.isSubtype(IndexError) || e.type.isSubtype(StopIteration)))) {
          throw e;
        }
      }
    }
    this.index = -1;
    this.seq = null;
    return undefined;
  }
}

/** Whether `o` supports the sequence protocol (CPython's PySequence_Check: __getitem__, not a dict). */
function isSequence(o: PyObject): boolean {
  const t = typeOf(o);
  if (t.isSubtype(DictType)) return false;
  return t.lookup("__getitem__") !== undefined;
}

defStatic(ReversedType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  if (type === ReversedType) noKeywords("reversed", kwnames);
  const pos = args.slice(1, args.length - kwCount(kwnames));
  if (pos.length !== 1) throw typeError(`reversed expected 1 argument, got ${pos.length}`);
  const seq = pos[0];
  const t = typeOf(seq);
  const rev = t.lookup("__reversed__");
  if (rev === None) throw typeError(`'${t.name}' object is not reversible`);
  if (rev !== undefined) return callDescriptor(rev, seq, []);
  if (!isSequence(seq)) throw typeError(`'${t.name}' object is not reversible`);
  const n = len(seq);
  return new PyReversed(type, seq, n - 1);
});

defIteratorProtocol(ReversedType);
defMethod(
  ReversedType,
  "__length_hint__",
  noArgMethod("reversed.__length_hint__", (self: PyReversed) => {
    if (self.seq === null) return 0;
    const position = self.index + 1;
    const size = len(self.seq);
    return size < position ? 0 : position;
  }),
);
defMethod(
  ReversedType,
  "__reduce__",
  noArgMethod("reversed.__reduce__", (self: PyReversed) => {
    if (self.seq === null) return new PyTuple([self.type, new PyTuple([new PyTuple([])])]);
    return new PyTuple([self.type, new PyTuple([self.seq]), self.index]);
  }),
);
defMethod(ReversedType, "__setstate__", (self: PyReversed, args, kwnames) => {
  methodArity("reversed.__setstate__", args, kwnames, 1, 1);
  if (self.seq !== null) {
    const n = len(self.seq);
    let i = Number(index(args[0]));
    if (i < -1) i = -1;
    else if (i > n - 1) i = n - 1;
    self.index = i;
  }
  return None;
});

// ---------------------------------------------------------------------------------------------------
// iterator (sequence iterator)

export class PySeqIterator {
  declare type: PyType;
  index = 0;
  constructor(public seq: PyObject) {}
  nextValue(): PyObject {
    const s = this.seq;
    if (s === null) return undefined;
    try {
      const v = getItem(s, this.index);
      this.index++;
      return v;
    } catch (e) {
      if (e instanceof PyBaseException && (e.type.isSubtype(IndexError) || e.type.isSubtype(StopIteration))) {
        this.seq = null;
        return undefined;
      }
      throw e;
    }
  }
}
Object.defineProperty(PySeqIterator.prototype, "type", { value: SeqIterType, writable: true });

setSeqIter((o) => new PySeqIterator(o));

defNativeIterator(SeqIterType);
defMethod(
  SeqIterType,
  "__length_hint__",
  noArgMethod("iterator.__length_hint__", (self: PySeqIterator) => {
    if (self.seq === null) return 0;
    if (typeOf(self.seq).lookup("__len__") === undefined) return NotImplemented;
    const n = len(self.seq) - self.index;
    return Math.max(n, 0);
  }),
);
defMethod(
  SeqIterType,
  "__reduce__",
  noArgMethod("iterator.__reduce__", (self: PySeqIterator) => {
    if (self.seq === null) return new PyTuple([builtinIter(), new PyTuple([new PyTuple([])])]);
    return new PyTuple([builtinIter(), new PyTuple([self.seq]), self.index]);
  }),
);
defMethod(SeqIterType, "__setstate__", (self: PySeqIterator, args, kwnames) => {
  methodArity("iterator.__setstate__", args, kwnames, 1, 1);
  if (self.seq !== null) self.index = setstateIndex(args[0], Number.MAX_SAFE_INTEGER);
  return None;
});

// ---------------------------------------------------------------------------------------------------
// callable_iterator

export class PyCallableIterator {
  declare type: PyType;
  constructor(
    public callable: PyObject,
    public sentinel: PyObject,
  ) {}
  nextValue(): PyObject {
    const f = this.callable;
    if (f === null) return undefined;
    let r: PyObject;
    try {
      r = call(f, []);
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtype(StopIteration)) {
        this.callable = null;
        this.sentinel = null;
        return undefined;
      }
      throw e;
    }
    const s = this.sentinel;
    if (s === r || eq(s, r)) {
      this.callable = null;
      this.sentinel = null;
      return undefined;
    }
    return r;
  }
}
Object.defineProperty(PyCallableIterator.prototype, "type", { value: CallableIterType, writable: true });

defNativeIterator(CallableIterType);
defMethod(
  CallableIterType,
  "__reduce__",
  noArgMethod("callable_iterator.__reduce__", (self: PyCallableIterator) => {
    if (self.callable === null) return new PyTuple([builtinIter(), new PyTuple([new PyTuple([])])]);
    return new PyTuple([builtinIter(), new PyTuple([self.callable, self.sentinel])]);
  }),
);

/** Whether `o` can be called (CPython's PyCallable_Check). */
export function isCallable(o: PyObject): boolean {
  if (o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyMethod || o instanceof PyType) {
    return true;
  }
  return typeOf(o).lookup("__call__") !== undefined;
}

/** `iter(callable, sentinel)`. */
export function makeCallableIter(callable: PyObject, sentinel: PyObject): PyCallableIterator {
  if (!isCallable(callable)) throw typeError("iter(v, w): v must be callable");
  return new PyCallableIterator(callable, sentinel);
}
