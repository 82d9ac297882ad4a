// The `itertools` module (CPython's Modules/itertoolsmodule.c). Every iterator is a native iterator
// (`nextValue()` returns undefined when exhausted) with `__iter__`/`__next__`; the subclassable ones
// honour a `__next__` overridden in a Python subclass.

import {
  defClassMethod,
  defMethod,
  defStatic,
  newBuiltinType,
  None,
  ObjectType,
  typeOf,
} from "../objects/builtin_types.js";
import {
  Exception,
  newException,
  PyBaseException,
  RuntimeError,
  StopIteration,
  typeError,
  valueError,
} from "../objects/exceptions.js";
import { PyFloat } from "../objects/float.js";
import { makeGenericAlias } from "../objects/generic_alias.js";
import { asInt, type Int, intAdd } from "../objects/int.js";
import { PyModule } from "../objects/module.js";
import type { PyObject } from "../objects/object.js";
import { PyTuple } from "../objects/tuple.js";
import { type PyMethodDescr, type PyType, TPFLAGS_BASETYPE } from "../objects/type.js";
import {
  binaryOp,
  call,
  callDescriptor,
  eq,
  getAttrOrUndefined,
  getIter,
  isTrue,
  iterNext,
  NB_ADD,
  repr,
  toArray,
} from "../vm/abstract.js";
import { asSsize, defFunction, isExc, noKeywords, positional, unpackKeywords } from "./native_util.js";

const B = TPFLAGS_BASETYPE;

function itType(name: string, subclassable = true): PyType {
  return newBuiltinType(name, ObjectType, subclassable ? B : 0, "itertools");
}

/** The `__next__` descriptors of the native iterator types (to spot a Python override). */
const nativeNext = new Set<PyMethodDescr>();

/** Base of the itertools iterators. */
abstract class ItIter {
  dict: PyObject = null;
  constructor(public type: PyType) {}
  /** The next item, or undefined when exhausted. */
  abstract advance(): PyObject;
  nextValue(): PyObject {
    const t = this.type;
    if (!t.isHeapType) return this.advance();
    const f = t.lookup("__next__");
    if (nativeNext.has(f)) return this.advance();
    try {
      return callDescriptor(f, this, []);
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtype(StopIteration)) return undefined;
      throw e;
    }
  }
}

function defIter(t: PyType): void {
  defMethod(t, "__iter__", (self: PyObject) => self);
  nativeNext.add(
    defMethod(t, "__next__", (self: ItIter) => {
      const v = self.advance();
      if (v === undefined) throw newException(StopIteration);
      return v;
    }),
  );
}

/** The keyword check of types whose tp_new rejects keywords (unless a subclass defines __init__). */
function rejectKeywords(name: string, type: PyType, base: PyType, kwnames: string[] | null): void {
  if (type === base || type.lookup("__init__") === base.lookup("__init__")) noKeywords(name, kwnames);
}

function kwCount(kwnames: string[] | null): number {
  return kwnames === null ? 0 : kwnames.length;
}

/** PyNumber_Check. */
function isNumber(o: PyObject): boolean {
  const t = typeof o;
  if (t === "number" || t === "bigint" || t === "boolean" || o instanceof PyFloat) return true;
  if (t === "string") return false;
  const ty = typeOf(o);
  if (ty.name === "complex" && ty.dict.get("__module__") === "builtins") return true;
  return (
    ty.lookup("__index__") !== undefined || ty.lookup("__int__") !== undefined || ty.lookup("__float__") !== undefined
  );
}

// ---------------------------------------------------------------------------------------------------
// count

const CountType = itType("count");

class Count extends ItIter {
  constructor(
    type: PyType,
    /** Fast mode: the next int (start and step are ints, step is 1). */
    public cnt: Int | null,
    public longCnt: PyObject,
    public step: PyObject,
  ) {
    super(type);
  }
  advance(): PyObject {
    if (this.cnt !== null) {
      const v = this.cnt;
      this.cnt = typeof v === "number" && v < Number.MAX_SAFE_INTEGER ? v + 1 : intAdd(v, 1);
      return v;
    }
    const v = this.longCnt;
    this.longCnt = binaryOp(v, this.step, NB_ADD);
    return v;
  }
}

defStatic(CountType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  const [start, step] = unpackKeywords("count", args.slice(1), kwnames, ["start", "step"], {});
  if ((start !== undefined && !isNumber(start)) || (step !== undefined && !isNumber(step))) {
    throw typeError("a number is required");
  }
  const startInt = start === undefined ? 0 : asInt(start);
  const stepInt = step === undefined ? 1 : asInt(step);
  if (startInt !== undefined && stepInt === 1) return new Count(type, startInt, null, 1);
  return new Count(type, null, start === undefined ? 0 : start, step === undefined ? 1 : step);
});
defIter(CountType);
defMethod(CountType, "__repr__", (self: Count) => {
  const name = self.type.name;
  if (self.cnt !== null) return `${name}(${self.cnt})`;
  if (asInt(self.step) === 1) return `${name}(${repr(self.longCnt)})`;
  return `${name}(${repr(self.longCnt)}, ${repr(self.step)})`;
});

// ---------------------------------------------------------------------------------------------------
// cycle

const CycleType = itType("cycle");

class Cycle extends ItIter {
  saved: PyObject[] = [];
  index = 0;
  constructor(
    type: PyType,
    public it: PyObject,
  ) {
    super(type);
  }
  advance(): PyObject {
    if (this.it !== null) {
      const item = iterNext(this.it);
      if (item !== undefined) {
        this.saved.push(item);
        return item;
      }
      this.it = null;
    }
    if (this.saved.length === 0) return undefined;
    const item = this.saved[this.index++];
    if (this.index >= this.saved.length) this.index = 0;
    return item;
  }
}

defStatic(CycleType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  rejectKeywords("cycle", type, CycleType, kwnames);
  positional("cycle", "cycle", args.slice(1, args.length - kwCount(kwnames)), null, 1, 1);
  return new Cycle(type, getIter(args[1]));
});
defIter(CycleType);

// ---------------------------------------------------------------------------------------------------
// repeat

const RepeatType = itType("repeat");

class Repeat extends ItIter {
  constructor(
    type: PyType,
    public element: PyObject,
    /** Remaining count, or -1 for endless. */
    public cnt: number,
  ) {
    super(type);
  }
  advance(): PyObject {
    if (this.cnt === 0) return undefined;
    if (this.cnt > 0) this.cnt--;
    return this.element;
  }
}

defStatic(RepeatType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  const [element, times] = unpackKeywords("repeat", args.slice(1), kwnames, ["object", "times"], { required: 1 });
  let cnt = -1;
  if (times !== undefined) {
    cnt = asSsize(times);
    if (cnt < 0) cnt = 0;
  }
  return new Repeat(type, element, cnt);
});
defIter(RepeatType);
defMethod(RepeatType, "__repr__", (self: Repeat) => {
  if (self.cnt === -1) return `${self.type.name}(${repr(self.element)})`;
  return `${self.type.name}(${repr(self.element)}, ${self.cnt})`;
});
defMethod(RepeatType, "__length_hint__", (self: Repeat) => {
  if (self.cnt === -1) throw typeError("len() of unsized object");
  return self.cnt;
});

// ---------------------------------------------------------------------------------------------------
// accumulate

const AccumulateType = itType("accumulate");

class Accumulate extends ItIter {
  total: PyObject = undefined;
  constructor(
    type: PyType,
    public it: PyObject,
    public binop: PyObject,
    public initial: PyObject,
  ) {
    super(type);
  }
  advance(): PyObject {
    if (this.initial !== None) {
      this.total = this.initial;
      this.initial = None;
      return this.total;
    }
    const val = iterNext(this.it);
    if (val === undefined) return undefined;
    if (this.total === undefined) {
      this.total = val;
      return val;
    }
    this.total = this.binop === None ? binaryOp(this.total, val, NB_ADD) : call(this.binop, [this.total, val]);
    return this.total;
  }
}

defStatic(AccumulateType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  const [iterable, func, initial] = unpackKeywords(
    "accumulate",
    args.slice(1),
    kwnames,
    ["iterable", "func", "initial"],
    {
      maxPos: 2,
      required: 1,
    },
  );
  const it = getIter(iterable);
  return new Accumulate(type, it, func === undefined ? None : func, initial === undefined ? None : initial);
});
defIter(AccumulateType);

// ---------------------------------------------------------------------------------------------------
// batched

const BatchedType = itType("batched");

class Batched extends ItIter {
  constructor(
    type: PyType,
    public it: PyObject,
    public n: number,
    public strict: boolean,
  ) {
    super(type);
  }
  advance(): PyObject {
    if (this.n < 0) return undefined;
    const items: PyObject[] = [];
    for (let i = 0; i < this.n; i++) {
      let item: PyObject;
      try {
        item = iterNext(this.it);
      } catch (e) {
        this.n = -1;
        throw e;
      }
      if (item === undefined) break;
      items.push(item);
    }
    if (items.length === 0) {
      this.n = -1;
      return undefined;
    }
    if (items.length < this.n && this.strict) {
      this.n = -1;
      throw valueError("batched(): incomplete batch");
    }
    return new PyTuple(items);
  }
}

defStatic(BatchedType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  const [iterable, nObj, strictObj] = unpackKeywords("batched", args.slice(1), kwnames, ["iterable", "n", "strict"], {
    maxPos: 2,
    required: 2,
  });
  const n = asSsize(nObj);
  const strict = strictObj === undefined ? false : isTrue(strictObj);
  if (n < 1) throw valueError("n must be at least one");
  return new Batched(type, getIter(iterable), n, strict);
});
defIter(BatchedType);

// ---------------------------------------------------------------------------------------------------
// chain

const ChainType = itType("chain");

class Chain extends ItIter {
  active: PyObject = null;
  constructor(
    type: PyType,
    public source: PyObject,
  ) {
    super(type);
  }
  advance(): PyObject {
    while (this.source !== null) {
      if (this.active === null) {
        const iterable = iterNext(this.source);
        if (iterable === undefined) {
          this.source = null;
          return undefined;
        }
        try {
          this.active = getIter(iterable);
        } catch (e) {
          this.source = null;
          throw e;
        }
      }
      const item = iterNext(this.active);
      if (item !== undefined) return item;
      this.active = null;
    }
    return undefined;
  }
}

defStatic(ChainType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  rejectKeywords("chain", type, ChainType, kwnames);
  return new Chain(type, getIter(new PyTuple(args.slice(1, args.length - kwCount(kwnames)))));
});
defIter(ChainType);
defClassMethod(ChainType, "from_iterable", (cls: PyType, args, kwnames) => {
  noKeywords("chain.from_iterable", kwnames);
  if (args.length !== 1) throw typeError(`chain.from_iterable() takes exactly one argument (${args.length} given)`);
  return new Chain(cls, getIter(args[0]));
});
defClassMethod(ChainType, "__class_getitem__", (cls: PyType, args) => makeGenericAlias(cls, args[0]));

// ---------------------------------------------------------------------------------------------------
// compress, dropwhile, takewhile, filterfalse, starmap

const CompressType = itType("compress");

class Compress extends ItIter {
  constructor(
    type: PyType,
    public data: PyObject,
    public selectors: PyObject,
  ) {
    super(type);
  }
  advance(): PyObject {
    for (;;) {
      const datum = iterNext(this.data);
      if (datum === undefined) return undefined;
      const sel = iterNext(this.selectors);
      if (sel === undefined) return undefined;
      if (isTrue(sel)) return datum;
    }
  }
}

defStatic(CompressType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  const [data, selectors] = unpackKeywords("compress", args.slice(1), kwnames, ["data", "selectors"], { required: 2 });
  const d = getIter(data);
  return new Compress(type, d, getIter(selectors));
});
defIter(CompressType);

/** tp_new of the (predicate, iterable) iterators: positional only, no keywords. */
function predicateNew(name: string, base: PyType, make: (type: PyType, func: PyObject, it: PyObject) => ItIter): void {
  defStatic(base, "__new__", (args, kwnames) => {
    const type = args[0] as PyType;
    rejectKeywords(name, type, base, kwnames);
    const pos = args.slice(1, args.length - kwCount(kwnames));
    positional(name, name, pos, null, 2, 2);
    return make(type, pos[0], getIter(pos[1]));
  });
  defIter(base);
}

const DropwhileType = itType("dropwhile");

class Dropwhile extends ItIter {
  start = false;
  constructor(
    type: PyType,
    public func: PyObject,
    public it: PyObject,
  ) {
    super(type);
  }
  advance(): PyObject {
    for (;;) {
      const item = iterNext(this.it);
      if (item === undefined) return undefined;
      if (this.start) return item;
      if (!isTrue(call(this.func, [item]))) {
        this.start = true;
        return item;
      }
    }
  }
}
predicateNew("dropwhile", DropwhileType, (t, f, it) => new Dropwhile(t, f, it));

const TakewhileType = itType("takewhile");

class Takewhile extends ItIter {
  stop = false;
  constructor(
    type: PyType,
    public func: PyObject,
    public it: PyObject,
  ) {
    super(type);
  }
  advance(): PyObject {
    if (this.stop) return undefined;
    const item = iterNext(this.it);
    if (item === undefined) return undefined;
    if (isTrue(call(this.func, [item]))) return item;
    this.stop = true;
    return undefined;
  }
}
predicateNew("takewhile", TakewhileType, (t, f, it) => new Takewhile(t, f, it));

const FilterfalseType = itType("filterfalse");

class Filterfalse extends ItIter {
  constructor(
    type: PyType,
    public func: PyObject,
    public it: PyObject,
  ) {
    super(type);
  }
  advance(): PyObject {
    const f = this.func;
    const truth = f === None || (f as PyType) === BoolTypeRef();
    for (;;) {
      const item = iterNext(this.it);
      if (item === undefined) return undefined;
      if (!(truth ? isTrue(item) : isTrue(call(f, [item])))) return item;
    }
  }
}
predicateNew("filterfalse", FilterfalseType, (t, f, it) => new Filterfalse(t, f, it));

function BoolTypeRef(): PyType {
  return typeOf(true);
}

const StarmapType = itType("starmap");

class Starmap extends ItIter {
  constructor(
    type: PyType,
    public func: PyObject,
    public it: PyObject,
  ) {
    super(type);
  }
  advance(): PyObject {
    const args = iterNext(this.it);
    if (args === undefined) return undefined;
    const argv = args instanceof PyTuple ? args.items : toArray(args);
    return call(this.func, argv);
  }
}
predicateNew("starmap", StarmapType, (t, f, it) => new Starmap(t, f, it));

// ---------------------------------------------------------------------------------------------------
// groupby

const GroupbyType = itType("groupby");
const GrouperType = itType("_grouper", false);

class Groupby extends ItIter {
  tgtkey: PyObject = undefined;
  currkey: PyObject = undefined;
  currvalue: PyObject = undefined;
  currgrouper: Grouper | null = null;
  constructor(
    type: PyType,
    public it: PyObject,
    public keyfunc: PyObject,
  ) {
    super(type);
  }
  /** groupby_step: false when the input is exhausted. */
  step(): boolean {
    const newvalue = iterNext(this.it);
    if (newvalue === undefined) return false;
    const newkey = this.keyfunc === None ? newvalue : call(this.keyfunc, [newvalue]);
    this.currvalue = newvalue;
    this.currkey = newkey;
    return true;
  }
  advance(): PyObject {
    this.currgrouper = null;
    for (;;) {
      if (this.currkey === undefined) {
        // pass
      } else if (this.tgtkey === undefined) break;
      else if (!eq(this.tgtkey, this.currkey)) break;
      if (!this.step()) return undefined;
    }
    this.tgtkey = this.currkey;
    const grouper = new Grouper(this, this.tgtkey);
    this.currgrouper = grouper;
    return new PyTuple([this.currkey, grouper]);
  }
}

class Grouper extends ItIter {
  constructor(
    public parent: Groupby,
    public tgtkey: PyObject,
  ) {
    super(GrouperType);
  }
  advance(): PyObject {
    const gbo = this.parent;
    if (gbo.currgrouper !== this) return undefined;
    if (gbo.currvalue === undefined) {
      if (!gbo.step()) return undefined;
    }
    if (!eq(this.tgtkey, gbo.currkey)) return undefined;
    const r = gbo.currvalue;
    gbo.currvalue = undefined;
    gbo.currkey = undefined;
    return r;
  }
}

defStatic(GroupbyType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  const [iterable, key] = unpackKeywords("groupby", args.slice(1), kwnames, ["iterable", "key"], { required: 1 });
  return new Groupby(type, getIter(iterable), key === undefined ? None : key);
});
defIter(GroupbyType);
defStatic(GrouperType, "__new__", () => {
  throw typeError("cannot create 'itertools._grouper' instances");
});
defIter(GrouperType);

// ---------------------------------------------------------------------------------------------------
// islice

const IsliceType = itType("islice");

class Islice extends ItIter {
  cnt = 0;
  constructor(
    type: PyType,
    public it: PyObject,
    public next: number,
    public stop: number,
    public step: number,
  ) {
    super(type);
  }
  advance(): PyObject {
    const it = this.it;
    if (it === null) return undefined;
    const stop = this.stop;
    while (this.cnt < this.next) {
      const item = iterNext(it);
      if (item === undefined) {
        this.it = null;
        return undefined;
      }
      this.cnt++;
    }
    if (stop !== -1 && this.cnt >= stop) {
      this.it = null;
      return undefined;
    }
    const item = iterNext(it);
    if (item === undefined) {
      this.it = null;
      return undefined;
    }
    this.cnt++;
    const oldnext = this.next;
    this.next += this.step;
    if (this.next < oldnext || (stop !== -1 && this.next > stop)) this.next = stop;
    return item;
  }
}

/** PyNumber_AsSsize_t(o, OverflowError) with the error cleared: -1 when it fails. */
function ssizeOrMinusOne(o: PyObject): number {
  try {
    return asSsize(o);
  } catch (e) {
    if (isExc(e, Exception)) return -1;
    throw e;
  }
}

defStatic(IsliceType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  rejectKeywords("islice", type, IsliceType, kwnames);
  const pos = args.slice(1, args.length - kwCount(kwnames));
  positional("islice", "islice", pos, null, 2, 4);
  const [seq, a1, a2, a3] = pos;
  let start = 0;
  let stop = -1;
  let step = 1;
  const stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  if (pos.length === 2) {
    if (a1 !== None) {
      stop = ssizeOrMinusOne(a1);
      if (stop === -1) throw valueError(stopMsg);
    }
  } else {
    if (a1 !== None) start = ssizeOrMinusOne(a1);
    if (a2 !== None) {
      stop = ssizeOrMinusOne(a2);
      if (stop === -1) throw valueError(stopMsg);
    }
  }
  if (start < 0 || stop < -1) {
    throw valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  }
  if (a3 !== undefined) {
    if (a3 !== None) step = ssizeOrMinusOne(a3);
  }
  if (step < 1) throw valueError("Step for islice() must be a positive integer or None.");
  return new Islice(type, getIter(seq), start, stop, step);
});
defIter(IsliceType);

// ---------------------------------------------------------------------------------------------------
// pairwise

const PairwiseType = itType("pairwise");

class Pairwise extends ItIter {
  old: PyObject = undefined;
  constructor(
    type: PyType,
    public it: PyObject,
  ) {
    super(type);
  }
  advance(): PyObject {
    let it = this.it;
    if (it === null) return undefined;
    let old = this.old;
    if (old === undefined) {
      old = iterNext(it);
      this.old = old;
      if (old === undefined) {
        this.it = null;
        return undefined;
      }
      it = this.it;
      if (it === null) {
        this.old = undefined;
        return undefined;
      }
    }
    const nw = iterNext(it);
    if (nw === undefined) {
      this.it = null;
      this.old = undefined;
      return undefined;
    }
    this.old = nw;
    return new PyTuple([old, nw]);
  }
}

defStatic(PairwiseType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  rejectKeywords("pairwise", type, PairwiseType, kwnames);
  const pos = args.slice(1, args.length - kwCount(kwnames));
  positional("pairwise", "pairwise", pos, null, 1, 1);
  return new Pairwise(type, getIter(pos[0]));
});
defIter(PairwiseType);

// ---------------------------------------------------------------------------------------------------
// product, combinations, combinations_with_replacement, permutations

const ProductType = itType("product");

class Product extends ItIter {
  indices: number[];
  result: PyObject[] | null = null;
  stopped = false;
  constructor(
    type: PyType,
    public pools: PyObject[][],
  ) {
    super(type);
    this.indices = new Array(pools.length).fill(0);
  }
  advance(): PyObject {
    if (this.stopped) return undefined;
    const pools = this.pools;
    const n = pools.length;
    if (this.result === null) {
      const result: PyObject[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const pool = pools[i]!;
        if (pool.length === 0) {
          this.stopped = true;
          return undefined;
        }
        result[i] = pool[0];
      }
      this.result = result;
      return new PyTuple(result.slice());
    }
    const result = this.result;
    const indices = this.indices;
    let i = n - 1;
    for (; i >= 0; i--) {
      const pool = pools[i]!;
      indices[i]!++;
      if (indices[i] === pool.length) {
        indices[i] = 0;
        result[i] = pool[0];
      } else {
        result[i] = pool[indices[i]!];
        break;
      }
    }
    if (i < 0) {
      this.stopped = true;
      return undefined;
    }
    return new PyTuple(result.slice());
  }
}

defStatic(ProductType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  const nkw = kwCount(kwnames);
  let repeat = 1;
  if (nkw > 0) {
    const [r] = unpackKeywords("product", args.slice(args.length - nkw), kwnames, ["repeat"], {});
    if (r !== undefined) repeat = asSsize(r);
    if (repeat < 0) throw valueError("repeat argument cannot be negative");
  }
  const pos = args.slice(1, args.length - nkw);
  const nargs = repeat === 0 ? 0 : pos.length;
  const pools: PyObject[][] = [];
  for (let i = 0; i < nargs; i++) pools.push(toArray(pos[i]));
  const base = pools.slice();
  for (let r = 1; r < repeat; r++) pools.push(...base);
  return new Product(type, pools);
});
defIter(ProductType);

const CombinationsType = itType("combinations");

class Combinations extends ItIter {
  indices: number[];
  result: PyObject[] | null = null;
  stopped: boolean;
  constructor(
    type: PyType,
    public pool: PyObject[],
    public r: number,
  ) {
    super(type);
    this.indices = Array.from({ length: r }, (_, i) => i);
    this.stopped = r > pool.length;
  }
  advance(): PyObject {
    if (this.stopped) return undefined;
    const { pool, indices, r } = this;
    const n = pool.length;
    if (this.result === null) {
      this.result = indices.map((i) => pool[i]);
      return new PyTuple(this.result.slice());
    }
    const result = this.result;
    let i = r - 1;
    while (i >= 0 && indices[i] === i + n - r) i--;
    if (i < 0) {
      this.stopped = true;
      return undefined;
    }
    indices[i]!++;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1]! + 1;
    for (; i < r; i++) result[i] = pool[indices[i]!];
    return new PyTuple(result.slice());
  }
}

defStatic(CombinationsType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  const [iterable, rObj] = unpackKeywords("combinations", args.slice(1), kwnames, ["iterable", "r"], { required: 2 });
  const r = asSsize(rObj);
  const pool = toArray(iterable);
  if (r < 0) throw valueError("r must be non-negative");
  return new Combinations(type, pool, r);
});
defIter(CombinationsType);

const CwrType = itType("combinations_with_replacement");

class Cwr extends ItIter {
  indices: number[];
  result: PyObject[] | null = null;
  stopped: boolean;
  constructor(
    type: PyType,
    public pool: PyObject[],
    public r: number,
  ) {
    super(type);
    this.indices = new Array(r).fill(0);
    this.stopped = pool.length === 0 && r > 0;
  }
  advance(): PyObject {
    if (this.stopped) return undefined;
    const { pool, indices, r } = this;
    const n = pool.length;
    if (this.result === null) {
      this.result = new Array(r).fill(n > 0 ? pool[0] : None);
      return new PyTuple(this.result.slice());
    }
    const result = this.result;
    let i = r - 1;
    while (i >= 0 && indices[i] === n - 1) i--;
    if (i < 0) {
      this.stopped = true;
      return undefined;
    }
    const index = indices[i]! + 1;
    const elem = pool[index];
    for (; i < r; i++) {
      indices[i] = index;
      result[i] = elem;
    }
    return new PyTuple(result.slice());
  }
}

defStatic(CwrType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  const [iterable, rObj] = unpackKeywords("combinations_with_replacement", args.slice(1), kwnames, ["iterable", "r"], {
    required: 2,
  });
  const r = asSsize(rObj);
  const pool = toArray(iterable);
  if (r < 0) throw valueError("r must be non-negative");
  return new Cwr(type, pool, r);
});
defIter(CwrType);

const PermutationsType = itType("permutations");

class Permutations extends ItIter {
  indices: number[];
  cycles: number[];
  result: PyObject[] | null = null;
  stopped: boolean;
  constructor(
    type: PyType,
    public pool: PyObject[],
    public r: number,
  ) {
    super(type);
    const n = pool.length;
    this.indices = Array.from({ length: n }, (_, i) => i);
    this.cycles = Array.from({ length: r }, (_, i) => n - i);
    this.stopped = r > n;
  }
  advance(): PyObject {
    if (this.stopped) return undefined;
    const { pool, indices, cycles, r } = this;
    const n = pool.length;
    if (this.result === null) {
      this.result = indices.slice(0, r).map((i) => pool[i]);
      return new PyTuple(this.result.slice());
    }
    if (n === 0) {
      this.stopped = true;
      return undefined;
    }
    const result = this.result;
    let i = r - 1;
    for (; i >= 0; i--) {
      cycles[i]!--;
      if (cycles[i] === 0) {
        const index = indices[i]!;
        for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1]!;
        indices[n - 1] = index;
        cycles[i] = n - i;
      } else {
        const j = cycles[i]!;
        const index = indices[i]!;
        indices[i] = indices[n - j]!;
        indices[n - j] = index;
        for (let k = i; k < r; k++) result[k] = pool[indices[k]!];
        break;
      }
    }
    if (i < 0) {
      this.stopped = true;
      return undefined;
    }
    return new PyTuple(result.slice());
  }
}

defStatic(PermutationsType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  const [iterable, rObj] = unpackKeywords("permutations", args.slice(1), kwnames, ["iterable", "r"], { required: 1 });
  const pool = toArray(iterable);
  let r = pool.length;
  if (rObj !== undefined && rObj !== None) {
    const v = asInt(rObj);
    if (v === undefined) throw typeError("Expected int as r");
    r = asSsize(v);
  }
  if (r < 0) throw valueError("r must be non-negative");
  return new Permutations(type, pool, r);
});
defIter(PermutationsType);

// ---------------------------------------------------------------------------------------------------
// tee

const LINKCELLS = 57;
const TeeDataType = itType("_tee_dataobject", false);
const TeeType = itType("_tee", false);

class TeeData {
  type: PyType = TeeDataType;
  values: PyObject[] = [];
  running = false;
  nextlink: TeeData | null = null;
  constructor(public it: PyObject) {}
  jumplink(): TeeData {
    if (this.nextlink === null) this.nextlink = new TeeData(this.it);
    return this.nextlink;
  }
  getitem(i: number): PyObject {
    if (i < this.values.length) return this.values[i];
    if (this.running) throw newException(RuntimeError, "cannot re-enter the tee iterator");
    this.running = true;
    let value: PyObject;
    try {
      value = iterNext(this.it);
    } finally {
      this.running = false;
    }
    if (value === undefined) return undefined;
    this.values.push(value);
    return value;
  }
}

class Tee extends ItIter {
  constructor(
    public data: TeeData,
    public index: number,
  ) {
    super(TeeType);
  }
  advance(): PyObject {
    if (this.index >= LINKCELLS) {
      this.data = this.data.jumplink();
      this.index = 0;
    }
    const value = this.data.getitem(this.index);
    if (value === undefined) return undefined;
    this.index++;
    return value;
  }
  copy(): Tee {
    return new Tee(this.data, this.index);
  }
}

function teeFromIterable(iterable: PyObject): Tee {
  const it = getIter(iterable);
  if (it instanceof Tee) return it.copy();
  return new Tee(new TeeData(it), 0);
}

defStatic(TeeType, "__new__", (args, kwnames) => {
  noKeywords("_tee", kwnames);
  positional("_tee", "_tee", args.slice(1), null, 1, 1);
  return teeFromIterable(args[1]);
});
defIter(TeeType);
defMethod(TeeType, "__copy__", (self: Tee) => self.copy());
defStatic(TeeDataType, "__new__", () => {
  throw typeError("cannot create 'itertools._tee_dataobject' instances");
});

function tee(iterable: PyObject, n: number): PyTuple {
  if (n < 0) throw valueError("n must be >= 0");
  if (n === 0) return new PyTuple([]);
  const it = getIter(iterable);
  let copyable: PyObject;
  let copyfunc = getAttrOrUndefined(it, "__copy__");
  if (copyfunc !== undefined) copyable = it;
  else {
    copyable = teeFromIterable(it);
    copyfunc = undefined;
  }
  const result: PyObject[] = [copyable];
  for (let i = 1; i < n; i++) {
    result.push(copyfunc === undefined ? (copyable as Tee).copy() : call(copyfunc, []));
  }
  return new PyTuple(result);
}

// ---------------------------------------------------------------------------------------------------
// zip_longest

const ZipLongestType = itType("zip_longest");

class ZipLongest extends ItIter {
  numactive: number;
  constructor(
    type: PyType,
    public iters: (PyObject | null)[],
    public fillvalue: PyObject,
  ) {
    super(type);
    this.numactive = iters.length;
  }
  advance(): PyObject {
    const n = this.iters.length;
    if (n === 0 || this.numactive === 0) return undefined;
    const result: PyObject[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const it = this.iters[i];
      if (it === null) {
        result[i] = this.fillvalue;
        continue;
      }
      let item: PyObject;
      try {
        item = iterNext(it);
      } catch (e) {
        this.numactive = 0;
        throw e;
      }
      if (item === undefined) {
        this.numactive--;
        if (this.numactive === 0) return undefined;
        result[i] = this.fillvalue;
        this.iters[i] = null;
      } else result[i] = item;
    }
    return new PyTuple(result);
  }
}

defStatic(ZipLongestType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  const nkw = kwCount(kwnames);
  let fillvalue: PyObject = None;
  if (nkw > 0) {
    if (nkw !== 1 || kwnames![0] !== "fillvalue") throw typeError("zip_longest() got an unexpected keyword argument");
    fillvalue = args[args.length - 1];
  }
  const pos = args.slice(1, args.length - nkw);
  return new ZipLongest(
    type,
    pos.map((x) => getIter(x)),
    fillvalue,
  );
});
defIter(ZipLongestType);

// ---------------------------------------------------------------------------------------------------
// The module

const DOC =
  "Functional tools for creating and using iterators.\n\nInfinite iterators:\ncount(start=0, step=1) --> start, start+step, start+2*step, ...\ncycle(p) --> p0, p1, ... plast, p0, p1, ...\nrepeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\nIterators terminating on the shortest input sequence:\naccumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\nbatched(p, n) --> [p0, p1, ..., p_n-1], [p_n, p_n+1, ..., p_2n-1], ...\nchain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\nchain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\ncompress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\ndropwhile(predicate, seq) --> seq[n], seq[n+1], starting when predicate fails\ngroupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\nfilterfalse(predicate, seq) --> elements of seq where predicate(elem) is False\nislice(seq, [start,] stop [, step]) --> elements from\n       seq[start:stop:step]\npairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\nstarmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\ntee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\ntakewhile(predicate, seq) --> seq[0], seq[1], until predicate fails\nzip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\nCombinatoric generators:\nproduct(p, q, ... [repeat=1]) --> cartesian product\npermutations(p[, r])\ncombinations(p, r)\ncombinations_with_replacement(p, r)\n";

export function makeItertoolsModule(): PyModule {
  const m = new PyModule("itertools", DOC);
  const types: PyType[] = [
    AccumulateType,
    BatchedType,
    ChainType,
    CombinationsType,
    CwrType,
    CompressType,
    CountType,
    CycleType,
    DropwhileType,
    FilterfalseType,
    GroupbyType,
    GrouperType,
    IsliceType,
    PairwiseType,
    PermutationsType,
    ProductType,
    RepeatType,
    StarmapType,
    TakewhileType,
    TeeType,
    TeeDataType,
    ZipLongestType,
  ];
  for (const t of types) m.dict.setStr(t.name, t);
  defFunction(m, "tee", (args, kwnames) => {
    positional("tee", "itertools.tee", args, kwnames, 1, 2);
    const n = args.length > 1 ? asSsize(args[1]) : 2;
    return tee(args[0], n);
  });
  return m;
}
